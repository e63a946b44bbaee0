namespace ThumbnailService.Aws.Events;

/// <summary>The per-task result codes S3 Batch Operations understands.</summary>
public static class BatchResultCodes
{
    /// <summary>Done; the result string goes to the completion report.</summary>
    public const string Succeeded = "Succeeded";

    /// <summary>Batch Operations redrives the task before the job completes (S3 5xx, throttling, timeouts).</summary>
    public const string TemporaryFailure = "TemporaryFailure";

    /// <summary>The task is marked failed and not retried (rejected images, unreadable tasks).</summary>
    public const string PermanentFailure = "PermanentFailure";
}
