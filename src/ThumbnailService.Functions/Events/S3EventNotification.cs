using System.Text.Json.Serialization;

namespace ThumbnailService.Functions.Events;

/// <summary>An S3 event notification (direct, or the body of an SQS message). Also carries the <c>s3:TestEvent</c> form.</summary>
public sealed class S3EventNotification
{
    [JsonPropertyName("Records")]
    public List<S3EventRecord>? Records { get; init; }

    /// <summary><c>s3:TestEvent</c> when S3 checks a new notification configuration.</summary>
    [JsonPropertyName("Event")]
    public string? Event { get; init; }

    [JsonPropertyName("Bucket")]
    public string? Bucket { get; init; }
}

public sealed class S3EventRecord
{
    [JsonPropertyName("eventVersion")]
    public string? EventVersion { get; init; }

    [JsonPropertyName("eventSource")]
    public string? EventSource { get; init; }

    [JsonPropertyName("eventName")]
    public string? EventName { get; init; }

    [JsonPropertyName("s3")]
    public S3Entity? S3 { get; init; }
}

public sealed class S3Entity
{
    [JsonPropertyName("bucket")]
    public S3BucketEntity? Bucket { get; init; }

    [JsonPropertyName("object")]
    public S3ObjectEntity? ObjectInfo { get; init; }
}

public sealed class S3BucketEntity
{
    [JsonPropertyName("name")]
    public string? Name { get; init; }
}

public sealed class S3ObjectEntity
{
    /// <summary>Form-URL-encoded, as S3 sends it.</summary>
    [JsonPropertyName("key")]
    public string? Key { get; init; }

    [JsonPropertyName("size")]
    public long? Size { get; init; }

    [JsonPropertyName("eTag")]
    public string? ETag { get; init; }

    /// <summary>The version created or deleted (versioned buckets; absent otherwise).</summary>
    [JsonPropertyName("versionId")]
    public string? VersionId { get; init; }

    [JsonPropertyName("sequencer")]
    public string? Sequencer { get; init; }
}
