using System.Text.Json.Serialization;

namespace ThumbnailService.Aws.Events;

/// <summary>The response of a direct invocation: what happened to each source object.</summary>
public sealed class InvocationSummary
{
    [JsonPropertyName("route")]
    public required string Route { get; init; }

    [JsonPropertyName("results")]
    public List<SourceSummary> Results { get; init; } = [];
}

public sealed class SourceSummary
{
    [JsonPropertyName("bucket")]
    public required string Bucket { get; init; }

    [JsonPropertyName("key")]
    public required string Key { get; init; }

    [JsonPropertyName("outcome")]
    public required string Outcome { get; init; }

    [JsonPropertyName("reason")]
    public string? Reason { get; init; }

    [JsonPropertyName("detail")]
    public string? Detail { get; init; }

    /// <summary>The manifest key written in the thumbnail bucket by this invocation (the "ready" signal); null when none was.</summary>
    [JsonPropertyName("manifest")]
    public string? Manifest { get; init; }

    /// <summary>Retrying cannot help (a Rejected source): what a Batch Operations task reports as PermanentFailure. Not serialised.</summary>
    [JsonIgnore]
    public bool IsPermanentFailure { get; init; }
}
