using ThumbnailService.Core.Processing;
using ThumbnailService.Aws.Events;
using ThumbnailService.LambdaRuntime.Logging;

namespace ThumbnailService.Functions.Handlers;

/// <summary>
/// The <c>cleanup</c> function: an ObjectRemoved event makes the thumbnail bucket show the source's current state, which
/// is the thumbnail function's own reconciliation (<see cref="ThumbnailProcessor"/>): a gone source's thumbnails are
/// deleted and the source looked at again afterwards; a source that exists (re-uploaded, even in the middle of the
/// delete, or only a noncurrent version deleted) keeps, or gets back, its thumbnails. Deleting what is gone is success.
/// S3 Batch Operations tasks arrive as Created (a batch job backfills thumbnails), so this function answers them
/// <c>Ignored</c> (Succeeded): point batch jobs at the thumbnail function.
/// </summary>
internal sealed class CleanupSourceHandler(ThumbnailProcessor processor, ILambdaLogger logger) : ISourceEventHandler
{
    public async Task<SourceSummary> HandleAsync(SourceEvent sourceEvent, CancellationToken cancellationToken)
    {
        var source = sourceEvent.Source;
        // A removal event's ETag (moto and EventBridge send one) names the version that is gone: it must not be matched
        // against what a manifest records (that would answer "already done" for the deleted version). Without it the
        // processor looks at the source itself, as it must.
        var result = sourceEvent.Kind == EventKind.Removed ? await processor.ProcessAsync(source with { ETag = null }, cancellationToken) : null;
        var outcome = OutcomeOf(result?.Outcome);
        var (reason, detail) = result?.Outcome is ThumbnailOutcome.Rejected rejected ? (rejected.Reason.ToString(), rejected.Detail) : (null, null);
        logger.Log(LogLevel.Info, $"{outcome} s3://{source.Bucket}/{source.Key}", writer =>
        {
            writer.WriteString("outcome", outcome.ToString());
            writer.WriteString("event", sourceEvent.EventName);
            writer.WriteString("bucket", source.Bucket);
            writer.WriteString("key", source.Key);
            if (result is not null)
            {
                writer.WriteNumber("removed", result.Outcome is ThumbnailOutcome.SourceGone gone ? gone.Removed : 0);
                writer.WriteNumber("s3Heads", result.Metrics.Heads);
                writer.WriteNumber("s3Gets", result.Metrics.Gets);
                writer.WriteNumber("s3Puts", result.Metrics.Puts);
            }

            if (reason is not null)
            {
                writer.WriteString("reason", reason);
            }
        });
        return new SourceSummary { Bucket = source.Bucket, Key = source.Key, Outcome = outcome.ToString(), Reason = reason, Detail = detail };
    }

    private static CleanupOutcome OutcomeOf(ThumbnailOutcome? outcome) => outcome switch
    {
        null => CleanupOutcome.Ignored,
        ThumbnailOutcome.SourceGone => CleanupOutcome.Deleted,
        ThumbnailOutcome.Created => CleanupOutcome.Repaired,
        ThumbnailOutcome.Skipped => CleanupOutcome.Skipped,
        _ => CleanupOutcome.SourceExists, // AlreadyDone, or Rejected: the source exists but makes no thumbnails (stale ones were removed)
    };
}
