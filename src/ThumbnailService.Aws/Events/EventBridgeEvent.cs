using System.Text.Json.Serialization;

namespace ThumbnailService.Aws.Events;

/// <summary>An EventBridge event as a rule target receives it; only <c>source: aws.s3</c> is accepted.</summary>
public sealed class EventBridgeEvent
{
    [JsonPropertyName("version")]
    public string? Version { get; init; }

    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("detail-type")]
    public string? DetailType { get; init; }

    [JsonPropertyName("source")]
    public string? Source { get; init; }

    [JsonPropertyName("detail")]
    public EventBridgeS3Detail? Detail { get; init; }
}
