using System.Text.Json.Serialization;

namespace ThumbnailService.Aws.Events;

/// <summary>The <c>detail.object</c> of an <c>aws.s3</c> EventBridge event (size is absent on deletes).</summary>
public sealed class EventBridgeS3Object
{
    /// <summary>Form-URL-encoded like the S3 notification key (see <see cref="EventBridgeParser"/>).</summary>
    [JsonPropertyName("key")]
    public string? Key { get; init; }

    [JsonPropertyName("size")]
    public long? Size { get; init; }

    [JsonPropertyName("etag")]
    public string? ETag { get; init; }

    [JsonPropertyName("version-id")]
    public string? VersionId { get; init; }

    [JsonPropertyName("sequencer")]
    public string? Sequencer { get; init; }
}
