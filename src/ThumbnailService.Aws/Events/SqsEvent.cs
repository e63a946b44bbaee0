using System.Text.Json.Serialization;

namespace ThumbnailService.Aws.Events;

/// <summary>A batch of SQS messages, as Lambda's event source mapping delivers it.</summary>
public sealed class SqsEvent
{
    [JsonPropertyName("Records")]
    public List<SqsMessage>? Records { get; init; }
}

public sealed class SqsMessage
{
    [JsonPropertyName("messageId")]
    public string? MessageId { get; init; }

    [JsonPropertyName("body")]
    public string? Body { get; init; }

    [JsonPropertyName("eventSource")]
    public string? EventSource { get; init; }
}
