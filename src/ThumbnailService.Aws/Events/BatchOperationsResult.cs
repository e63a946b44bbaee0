using System.Text.Json.Serialization;

namespace ThumbnailService.Aws.Events;

/// <summary>The result of one task; <c>resultString</c> goes to the job's completion report.</summary>
public sealed class BatchOperationsResult
{
    [JsonPropertyName("taskId")]
    public required string TaskId { get; init; }

    /// <summary>One of <see cref="BatchResultCodes"/>.</summary>
    [JsonPropertyName("resultCode")]
    public required string ResultCode { get; init; }

    [JsonPropertyName("resultString")]
    public string? ResultString { get; init; }
}
