using Amazon.S3;

namespace ThumbnailService.Functions.Storage;

/// <summary>Builds the one S3 client of the process. The SDK reads region, credentials and AWS_ENDPOINT_URL_S3 itself.</summary>
internal static class S3ClientFactory
{
    public static AmazonS3Client Create(Func<string, string?> getVariable)
    {
        var endpointOverride = getVariable("AWS_ENDPOINT_URL_S3") ?? getVariable("AWS_ENDPOINT_URL");
        // A local endpoint (127.0.0.1, localhost) cannot carry virtual-host bucket names.
        var config = new AmazonS3Config { ForcePathStyle = !string.IsNullOrEmpty(endpointOverride) };
        return new AmazonS3Client(config);
    }
}
