using System.Text.Json.Serialization;

namespace ThumbnailService.Aws.Events;

/// <summary>Partial batch response: only the failed messages are named, so only they are retried.</summary>
public sealed class SqsBatchResponse
{
    [JsonPropertyName("batchItemFailures")]
    public List<SqsBatchItemFailure> BatchItemFailures { get; init; } = [];
}

public sealed class SqsBatchItemFailure
{
    [JsonPropertyName("itemIdentifier")]
    public required string ItemIdentifier { get; init; }
}
