using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using ThumbnailService.Aws.Storage;

namespace ThumbnailService.Operations.Backfill;

/// <summary>
/// The settings of <c>thumbs backfill</c> and <c>thumbs manifest</c> for <see cref="S3ClientFactory"/>. Real S3: the
/// SDK's default credential chain and the given region (else the SDK's own resolution). An endpoint URL (the argument,
/// else AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL as the function reads them): path-style like the function, signing region
/// from <c>--region</c>; a loopback endpoint gets <c>loopbackCredentials</c> (the developer host passes its local S3's own
/// key, the only one that host accepts).
/// </summary>
internal static class BackfillS3Client
{
    public static AmazonS3Client Create(Uri? endpoint, string? region, AWSCredentials? loopbackCredentials)
    {
        endpoint ??= S3ClientFactory.Endpoint(Environment.GetEnvironmentVariable) is { } configured ? new Uri(configured) : null;
        return S3ClientFactory.Create(new S3ClientSettings
        {
            Region = region,
            Endpoint = endpoint,
            Credentials = endpoint is not null && IsLoopback(endpoint) ? loopbackCredentials : null,
        });
    }

    private static bool IsLoopback(Uri endpoint) =>
        endpoint.IsLoopback || (IPAddress.TryParse(endpoint.Host, out var address) && IPAddress.IsLoopback(address));
}
