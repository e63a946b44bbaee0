using ThumbnailService.Core.Processing;
using ThumbnailService.Aws.Events;
using ThumbnailService.Functions.Metrics;
using ThumbnailService.LambdaRuntime.Logging;

namespace ThumbnailService.Functions.Handlers;

/// <summary>The <c>thumbnail</c> function: ObjectCreated events become thumbnails; other events are acknowledged and ignored.</summary>
internal sealed class ThumbnailSourceHandler(ThumbnailProcessor processor, ILambdaLogger logger, EmbeddedMetrics metrics) : ISourceEventHandler
{
    public async Task<SourceSummary> HandleAsync(SourceEvent sourceEvent, CancellationToken cancellationToken)
    {
        var source = sourceEvent.Source;
        if (sourceEvent.Kind != EventKind.Created)
        {
            logger.Log(LogLevel.Info, $"Ignored {sourceEvent.EventName}: the thumbnail function only handles ObjectCreated events.");
            return new SourceSummary { Bucket = source.Bucket, Key = source.Key, Outcome = "Ignored", Reason = sourceEvent.EventName };
        }

        var result = await processor.ProcessAsync(source, cancellationToken);
        SummaryLog.Write(logger, result);
        metrics.Publish(result);
        return SummaryLog.ToSummary(result);
    }
}
