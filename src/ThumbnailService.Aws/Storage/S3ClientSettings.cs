using Amazon.Runtime;

namespace ThumbnailService.Aws.Storage;

/// <summary>What an S3 client needs to know beyond the SDK's defaults.</summary>
public sealed record S3ClientSettings
{
    /// <summary>The region (the signing region with an endpoint); null: the SDK's own resolution (AWS_REGION, profile).</summary>
    public string? Region { get; init; }

    /// <summary>A local or S3-compatible endpoint: path-style addressing, signed for <see cref="Region"/> (default us-east-1).</summary>
    public Uri? Endpoint { get; init; }

    /// <summary>Fixed credentials (a local S3's own key); null: the SDK's default chain.</summary>
    public AWSCredentials? Credentials { get; init; }
}
