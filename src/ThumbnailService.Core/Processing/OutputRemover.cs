using ThumbnailService.Core.Options;
using ThumbnailService.Core.Storage;

namespace ThumbnailService.Core.Processing;

/// <summary>Deletes a source's thumbnails that exist but do not show the version to keep (all of them when there is none to keep).</summary>
internal sealed class OutputRemover(IObjectStore store, ThumbnailOptions options)
{
    /// <returns>How many outputs were deleted.</returns>
    public async Task<int> RemoveAsync(IReadOnlyList<PlannedOutput> plan, IReadOnlyList<ObjectHead?> heads, SourceVersion? keep, CancellationToken cancellationToken)
    {
        var doomed = plan.Where((output, i) => heads[i] is not null && !(keep is { } version && OutputState.IsCurrent(output, heads[i], version))).ToList();
        await Task.WhenAll(doomed.Select(output => store.DeleteAsync(options.ThumbnailBucket, output.Key, cancellationToken)));
        return doomed.Count;
    }
}
