using Amazon;
using Amazon.S3;

namespace ThumbnailService.Aws.Storage;

/// <summary>
/// The one way this repository builds an S3 client: the function from its environment (Lambda sets AWS_REGION; an
/// endpoint override in AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL, points at a local S3), the operator tools from their
/// arguments. An endpoint always means path-style addressing.
/// </summary>
public static class S3ClientFactory
{
    public const string EndpointVariable = "AWS_ENDPOINT_URL_S3";
    public const string GlobalEndpointVariable = "AWS_ENDPOINT_URL";
    public const string DefaultSigningRegion = "us-east-1";

    public static string? Region(Func<string, string?> getVariable)
    {
        ArgumentNullException.ThrowIfNull(getVariable);
        return NonEmpty(getVariable("AWS_REGION")) ?? NonEmpty(getVariable("AWS_DEFAULT_REGION"));
    }

    public static string? Endpoint(Func<string, string?> getVariable)
    {
        ArgumentNullException.ThrowIfNull(getVariable);
        return NonEmpty(getVariable(EndpointVariable)) ?? NonEmpty(getVariable(GlobalEndpointVariable));
    }

    /// <summary>The function's client: region and endpoint from the environment (an empty variable means none).</summary>
    public static AmazonS3Client Create(Func<string, string?> getVariable) => Create(new S3ClientSettings
    {
        Region = Region(getVariable) ?? DefaultSigningRegion,
        Endpoint = Endpoint(getVariable) is { } endpoint ? new Uri(endpoint) : null,
    });

    public static AmazonS3Client Create(S3ClientSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        // We read the endpoint variables ourselves (an empty one means "none"); the SDK would reject an empty value.
        var config = new AmazonS3Config { IgnoreConfiguredEndpointUrls = true };
        if (settings.Endpoint is { } endpoint)
        {
            // ServiceURL and RegionEndpoint exclude each other: the signing region goes in AuthenticationRegion.
            config.ServiceURL = endpoint.AbsoluteUri;
            config.AuthenticationRegion = settings.Region ?? DefaultSigningRegion;
            config.ForcePathStyle = true;
        }
        else if (settings.Region is { } region)
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
        }

        return settings.Credentials is { } credentials ? new AmazonS3Client(credentials, config) : new AmazonS3Client(config);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
