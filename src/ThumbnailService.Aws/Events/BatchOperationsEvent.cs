using System.Text.Json.Serialization;

namespace ThumbnailService.Aws.Events;

/// <summary>An S3 Batch Operations <c>LambdaInvoke</c> request, invocation schema 1.0 or 2.0.</summary>
public sealed class BatchOperationsEvent
{
    [JsonPropertyName("invocationSchemaVersion")]
    public string? InvocationSchemaVersion { get; init; }

    [JsonPropertyName("invocationId")]
    public string? InvocationId { get; init; }

    [JsonPropertyName("job")]
    public BatchOperationsJob? Job { get; init; }

    [JsonPropertyName("tasks")]
    public List<BatchOperationsTask>? Tasks { get; init; }
}
