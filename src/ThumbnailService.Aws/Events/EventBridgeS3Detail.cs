using System.Text.Json.Serialization;

namespace ThumbnailService.Aws.Events;

/// <summary>The <c>detail</c> of an <c>aws.s3</c> EventBridge event.</summary>
public sealed class EventBridgeS3Detail
{
    [JsonPropertyName("bucket")]
    public S3BucketEntity? Bucket { get; init; }

    [JsonPropertyName("object")]
    public EventBridgeS3Object? ObjectInfo { get; init; }

    /// <summary><c>PutObject</c>, <c>POST Object</c>, <c>CopyObject</c>, <c>CompleteMultipartUpload</c>, <c>DeleteObject</c>, <c>Lifecycle Expiration</c>.</summary>
    [JsonPropertyName("reason")]
    public string? Reason { get; init; }

    /// <summary><c>Delete Marker Created</c> or <c>Permanently Deleted</c> (Object Deleted only).</summary>
    [JsonPropertyName("deletion-type")]
    public string? DeletionType { get; init; }
}
