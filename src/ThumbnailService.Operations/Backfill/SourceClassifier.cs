using ThumbnailService.Core.Options;
using ThumbnailService.Core.Processing;
using ThumbnailService.Core.Processing.Manifests;
using ThumbnailService.Core.Storage;

namespace ThumbnailService.Operations.Backfill;

/// <summary>
/// Decides whether a source's thumbnails are up to date, missing or stale. A thumbnail absent from the listing makes the
/// source missing without any request; otherwise one HEAD per preset reads the recorded source ETag and preset fingerprint
/// (a listing does not carry user metadata). With manifests on, a source whose thumbnails are all current but whose
/// manifest is absent from the listing, or records another ETag or presets, is stale (its manifest is work to do).
/// </summary>
internal sealed class SourceClassifier(IObjectStore store, ThumbnailOptions options, OutputPlanner planner)
{
    public async Task<SourceState> ClassifyAsync(string sourceBucket, ListedObject source, IReadOnlySet<string> listedThumbnails, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (IsMissingFromListing(sourceBucket, source, listedThumbnails))
        {
            return SourceState.Missing;
        }

        var plan = planner.Plan(sourceBucket, source.Key);

        var heads = await Task.WhenAll(plan.Select(output => store.HeadAsync(options.ThumbnailBucket, output.Key, cancellationToken)));
        if (heads.Any(head => head is null))
        {
            return SourceState.Missing;
        }

        // A listing carries no version id: the ETag decides here, and the function checks the version when it runs.
        if (!plan.Select((output, i) => OutputState.RecordsETag(output, heads[i], source.ETag)).All(current => current))
        {
            return SourceState.Stale;
        }

        if (planner.PlanManifest(sourceBucket, source.Key) is not { } manifest)
        {
            return SourceState.UpToDate;
        }

        var head = listedThumbnails.Contains(manifest.Key) ? await store.HeadAsync(options.ThumbnailBucket, manifest.Key, cancellationToken) : null;
        return ManifestState.RecordsETag(manifest, head, source.ETag) ? SourceState.UpToDate : SourceState.Stale;
    }

    /// <summary>True when one of the source's thumbnails is not in the listing: missing, without any request.</summary>
    public bool IsMissingFromListing(string sourceBucket, ListedObject source, IReadOnlySet<string> listedThumbnails)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(listedThumbnails);
        return planner.Plan(sourceBucket, source.Key).Any(output => !listedThumbnails.Contains(output.Key));
    }
}
