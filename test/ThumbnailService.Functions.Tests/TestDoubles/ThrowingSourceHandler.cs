using ThumbnailService.Aws.Events;
using ThumbnailService.Functions.Handlers;

namespace ThumbnailService.Functions.Tests.TestDoubles;

/// <summary>Throws the given exception for every event, like a fault the handler cannot turn into an outcome.</summary>
internal sealed class ThrowingSourceHandler(Exception exception) : ISourceEventHandler
{
    public Task<SourceSummary> HandleAsync(SourceEvent sourceEvent, CancellationToken cancellationToken) => Task.FromException<SourceSummary>(exception);
}
