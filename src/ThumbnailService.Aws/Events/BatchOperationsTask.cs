using System.Text.Json.Serialization;

namespace ThumbnailService.Aws.Events;

/// <summary>One task (one object): schema 1.0 names the bucket by <c>s3BucketArn</c>, schema 2.0 by <c>s3Bucket</c>.</summary>
public sealed class BatchOperationsTask
{
    [JsonPropertyName("taskId")]
    public string? TaskId { get; init; }

    /// <summary>URL-encoded, as the manifest holds it (see <see cref="BatchOperationsParser"/>).</summary>
    [JsonPropertyName("s3Key")]
    public string? S3Key { get; init; }

    [JsonPropertyName("s3VersionId")]
    public string? S3VersionId { get; init; }

    [JsonPropertyName("s3BucketArn")]
    public string? S3BucketArn { get; init; }

    [JsonPropertyName("s3Bucket")]
    public string? S3Bucket { get; init; }
}
