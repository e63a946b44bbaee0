using ThumbnailService.Functions.Events;
using ThumbnailService.Functions.Handlers;

namespace ThumbnailService.Functions.Tests.TestDoubles;

/// <summary>
/// Succeeds (Created), except for keys containing "fail", which throw like an S3 5xx would, and keys containing "reject",
/// which are Rejected (NotAnImage).
/// </summary>
internal sealed class ScriptedSourceHandler : ISourceEventHandler
{
    public List<string> Handled { get; } = [];

    public List<SourceEvent> Events { get; } = [];

    public Task<SourceSummary> HandleAsync(SourceEvent sourceEvent, CancellationToken cancellationToken)
    {
        Handled.Add(sourceEvent.Source.Key);
        Events.Add(sourceEvent);
        if (sourceEvent.Source.Key.Contains("fail", StringComparison.Ordinal))
        {
            throw new HttpRequestException("503 SlowDown");
        }

        var rejected = sourceEvent.Source.Key.Contains("reject", StringComparison.Ordinal);
        return Task.FromResult(new SourceSummary
        {
            Bucket = sourceEvent.Source.Bucket,
            Key = sourceEvent.Source.Key,
            Outcome = rejected ? "Rejected" : "Created",
            Reason = rejected ? "NotAnImage" : null,
            Detail = rejected ? "the content is not a supported image format" : null,
            IsPermanentFailure = rejected,
        });
    }
}
