using ThumbnailService.Functions.Events;
using ThumbnailService.Functions.Handlers;

namespace ThumbnailService.Functions.Tests.TestDoubles;

/// <summary>Succeeds, except for keys containing "fail", which throw like an S3 5xx would.</summary>
internal sealed class ScriptedSourceHandler : ISourceEventHandler
{
    public List<string> Handled { get; } = [];

    public Task<SourceSummary> HandleAsync(SourceEvent sourceEvent, CancellationToken cancellationToken)
    {
        Handled.Add(sourceEvent.Source.Key);
        if (sourceEvent.Source.Key.Contains("fail", StringComparison.Ordinal))
        {
            throw new HttpRequestException("503 SlowDown");
        }

        return Task.FromResult(new SourceSummary { Bucket = sourceEvent.Source.Bucket, Key = sourceEvent.Source.Key, Outcome = "Created" });
    }
}
