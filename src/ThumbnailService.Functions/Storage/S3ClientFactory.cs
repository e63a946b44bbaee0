using Amazon;
using Amazon.S3;

namespace ThumbnailService.Functions.Storage;

/// <summary>
/// Builds the one S3 client of the process from the environment: the region (Lambda sets AWS_REGION), and an endpoint
/// override (AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL) for a local S3, which needs path-style addressing.
/// Credentials come from the SDK's default chain.
/// </summary>
internal static class S3ClientFactory
{
    public const string EndpointVariable = "AWS_ENDPOINT_URL_S3";
    public const string GlobalEndpointVariable = "AWS_ENDPOINT_URL";

    public static string? Region(Func<string, string?> getVariable) =>
        NonEmpty(getVariable("AWS_REGION")) ?? NonEmpty(getVariable("AWS_DEFAULT_REGION"));

    public static string? Endpoint(Func<string, string?> getVariable) =>
        NonEmpty(getVariable(EndpointVariable)) ?? NonEmpty(getVariable(GlobalEndpointVariable));

    public static AmazonS3Client Create(Func<string, string?> getVariable)
    {
        var region = Region(getVariable) ?? "us-east-1";
        // We read the endpoint variables ourselves (an empty one means "none"); the SDK would reject an empty value.
        var config = new AmazonS3Config { IgnoreConfiguredEndpointUrls = true };
        if (Endpoint(getVariable) is { } endpoint)
        {
            // ServiceURL and RegionEndpoint exclude each other: the signing region goes in AuthenticationRegion.
            config.ServiceURL = endpoint;
            config.AuthenticationRegion = region;
            config.ForcePathStyle = true;
        }
        else
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
        }

        return new AmazonS3Client(config);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
