namespace ThumbnailService.Core.Processing;

/// <summary>The one reading of an outcome's reason and detail, shared by the summary log line, the metrics and the invocation's response.</summary>
public static class OutcomeReason
{
    public const string DuplicateEvent = "DuplicateEvent";

    public static (string? Reason, string? Detail) Of(ThumbnailOutcome outcome) => outcome switch
    {
        ThumbnailOutcome.Rejected rejected => (rejected.Reason.ToString(), rejected.Detail),
        ThumbnailOutcome.Skipped skipped => (skipped.Reason.ToString(), null),
        ThumbnailOutcome.AlreadyDone { DuplicateEvent: true } => (DuplicateEvent, "this process finished this event before; no S3 request made"),
        _ => (null, null),
    };
}
