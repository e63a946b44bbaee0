using ThumbnailService.Aws.Events;

namespace ThumbnailService.Functions.Handlers;

/// <summary>What one function of the set does with one normalised event. Faults throw; expected outcomes are returned.</summary>
internal interface ISourceEventHandler
{
    Task<SourceSummary> HandleAsync(SourceEvent sourceEvent, CancellationToken cancellationToken);
}
