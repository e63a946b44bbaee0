using ThumbnailService.Core.Options;
using ThumbnailService.Core.Processing;
using ThumbnailService.Core.Storage;
using ThumbnailService.Functions.Events;
using ThumbnailService.LambdaRuntime.Logging;

namespace ThumbnailService.Functions.Handlers;

/// <summary>
/// The <c>cleanup</c> function: ObjectRemoved events delete every thumbnail of that source. When the source exists again
/// (re-uploaded after the delete), its thumbnails belong to the new upload and are kept. Deleting what is gone is success.
/// S3 Batch Operations tasks arrive as Created (a batch job backfills thumbnails), so this function answers them
/// <c>Ignored</c> (Succeeded): point batch jobs at the thumbnail function.
/// </summary>
internal sealed class CleanupSourceHandler(IObjectStore store, OutputPlanner planner, ThumbnailOptions options, ILambdaLogger logger) : ISourceEventHandler
{
    public async Task<SourceSummary> HandleAsync(SourceEvent sourceEvent, CancellationToken cancellationToken)
    {
        var source = sourceEvent.Source;
        string outcome;
        if (sourceEvent.Kind != EventKind.Removed)
        {
            outcome = "Ignored";
        }
        else if (await store.HeadAsync(source.Bucket, source.Key, cancellationToken) is not null)
        {
            outcome = "SourceExists";
        }
        else
        {
            var outputs = planner.Plan(source.Key);
            await Task.WhenAll(outputs.Select(output => store.DeleteAsync(options.ThumbnailBucket, output.Key, cancellationToken)));
            outcome = "Deleted";
        }

        logger.Log(LogLevel.Info, $"{outcome} s3://{source.Bucket}/{source.Key}", writer =>
        {
            writer.WriteString("outcome", outcome);
            writer.WriteString("event", sourceEvent.EventName);
            writer.WriteString("bucket", source.Bucket);
            writer.WriteString("key", source.Key);
        });
        return new SourceSummary { Bucket = source.Bucket, Key = source.Key, Outcome = outcome };
    }
}
