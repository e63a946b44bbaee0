using System.Text.Json.Serialization;

namespace ThumbnailService.Aws.Events;

/// <summary>
/// The Batch Operations response: echoes the request's schema version and invocation id, and has one result per task.
/// Tasks left out of <c>results</c> count as <c>treatMissingKeysAs</c>.
/// </summary>
public sealed class BatchOperationsResponse
{
    public const string MissingTasksResult = BatchResultCodes.PermanentFailure;

    [JsonPropertyName("invocationSchemaVersion")]
    public required string InvocationSchemaVersion { get; init; }

    [JsonPropertyName("treatMissingKeysAs")]
    public string TreatMissingKeysAs { get; init; } = MissingTasksResult;

    [JsonPropertyName("invocationId")]
    public required string InvocationId { get; init; }

    [JsonPropertyName("results")]
    public List<BatchOperationsResult> Results { get; init; } = [];
}
