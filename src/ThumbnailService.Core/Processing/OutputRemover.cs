using ThumbnailService.Core.Options;
using ThumbnailService.Core.Processing.Manifests;
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

    /// <summary>Deletes the manifest when it exists; called after the thumbnails, so it is the last object of a source to go.</summary>
    /// <returns>Whether it was deleted.</returns>
    public async Task<bool> RemoveManifestAsync(PlannedManifest? manifest, ObjectHead? head, CancellationToken cancellationToken)
    {
        if (manifest is null || head is null)
        {
            return false;
        }

        await store.DeleteAsync(options.ThumbnailBucket, manifest.Key, cancellationToken);
        return true;
    }
}
