using System.Text.Json.Serialization;

namespace ThumbnailService.Aws.Events;

/// <summary>The job of a Batch Operations request; <c>userArguments</c> exists in schema 2.0 only.</summary>
public sealed class BatchOperationsJob
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("userArguments")]
    public Dictionary<string, string>? UserArguments { get; init; }
}
