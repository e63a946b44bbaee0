using ThumbnailService.Functions.Events;

namespace ThumbnailService.Functions.Handlers;

/// <summary>
/// Turns one task's fate into its Batch Operations result: an outcome other than <c>Rejected</c> succeeded, <c>Rejected</c>
/// and unreadable tasks failed for good, and a fault (S3 5xx, throttling, timeout) is temporary so the job redrives it.
/// </summary>
internal static class BatchTaskResults
{
    /// <summary>The completion report keeps the string; a short one keeps the report readable.</summary>
    internal const int MaxResultLength = 256;

    public static BatchOperationsResult FromSummary(string taskId, SourceSummary summary) => new()
    {
        TaskId = taskId,
        ResultCode = summary.IsPermanentFailure ? BatchResultCodes.PermanentFailure : BatchResultCodes.Succeeded,
        ResultString = Shorten(Describe(summary)),
    };

    public static BatchOperationsResult Unreadable(string taskId, string problem) =>
        new() { TaskId = taskId, ResultCode = BatchResultCodes.PermanentFailure, ResultString = Shorten(problem) };

    public static BatchOperationsResult Fault(string taskId, Exception exception) =>
        new() { TaskId = taskId, ResultCode = BatchResultCodes.TemporaryFailure, ResultString = Shorten($"{exception.GetType().Name}: {exception.Message}") };

    private static string Describe(SourceSummary summary) =>
        summary.Reason is null ? summary.Outcome
        : summary.Detail is null ? $"{summary.Outcome}: {summary.Reason}"
        : $"{summary.Outcome}: {summary.Reason} ({summary.Detail})";

    private static string Shorten(string text) => text.Length <= MaxResultLength ? text : string.Concat(text.AsSpan(0, MaxResultLength - 3), "...");
}
