using System.Net;
using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using ThumbnailService.Local.S3Host;

namespace ThumbnailService.Local.Backfill;

/// <summary>
/// The S3 client of <c>thumbs backfill</c> and <c>thumbs manifest</c>. Real S3: the SDK's default credential chain and the
/// given region (else the SDK's own resolution: AWS_REGION, profile). An endpoint URL: path-style addressing like the
/// function, signing region from <c>--region</c> (default us-east-1); a loopback endpoint is the local S3 host, which only
/// accepts its own access key, so that key is used.
/// </summary>
internal static class BackfillS3Client
{
    public static AmazonS3Client Create(Uri? endpoint, string? region)
    {
        if (endpoint is null)
        {
            var config = new AmazonS3Config();
            if (region is not null)
            {
                config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
            }

            return new AmazonS3Client(config);
        }

        var local = new AmazonS3Config
        {
            ServiceURL = endpoint.AbsoluteUri,
            ForcePathStyle = true,
            AuthenticationRegion = region ?? "us-east-1",
        };
        return IsLoopback(endpoint)
            ? new AmazonS3Client(new BasicAWSCredentials(LocalS3Host.AccessKey, LocalS3Host.SecretKey), local)
            : new AmazonS3Client(local);
    }

    private static bool IsLoopback(Uri endpoint) =>
        endpoint.IsLoopback || (IPAddress.TryParse(endpoint.Host, out var address) && IPAddress.IsLoopback(address));
}
