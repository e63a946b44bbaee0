using ThumbnailService.Core.Storage;
using ThumbnailService.Core.Options;
using ThumbnailService.Core.Processing;

namespace ThumbnailService.Operations.Backfill;

/// <summary>
/// Lists the source bucket under the prefix, then the thumbnail bucket under <c>{key prefix}{preset}/{prefix}</c> for each
/// current preset (and under the manifest folder when manifests are on): one LIST request per 1000 keys, no HEAD.
/// A thumbnail or manifest whose source key was not listed is an orphan.
/// </summary>
internal sealed class InventoryReader(IObjectLister lister, ThumbnailOptions options, OutputPlanner planner)
{
    public async Task<BackfillInventory> ReadAsync(string sourceBucket, string prefix, IBackfillProgress progress, CancellationToken cancellationToken)
    {
        var sources = new List<ListedObject>();
        var skipped = 0;
        var what = $"s3://{sourceBucket}/{prefix}";
        await foreach (var listed in lister.ListAsync(sourceBucket, prefix, cancellationToken))
        {
            if (listed.Key.EndsWith('/') || planner.IsOutput(sourceBucket, listed.Key))
            {
                skipped++;
            }
            else
            {
                sources.Add(listed);
            }

            progress.Listing(what, sources.Count + skipped);
        }

        var sourceKeys = sources.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var thumbnails = new HashSet<string>(StringComparer.Ordinal);
        var orphans = new List<string>();
        foreach (var presetPrefix in planner.Plan(sourceBucket, string.Empty).Select(p => p.Key))
        {
            await ListThumbnailsAsync(presetPrefix, prefix, string.Empty, sourceKeys, thumbnails, orphans, progress, cancellationToken);
        }

        if (planner.PlanManifest(sourceBucket, string.Empty) is { } folder)
        {
            var manifestPrefix = folder.Key[..^ManifestSuffix.Length]; // {prefix}{manifest prefix}[{bucket}/]
            await ListThumbnailsAsync(manifestPrefix, prefix, ManifestSuffix, sourceKeys, thumbnails, orphans, progress, cancellationToken);
        }

        return new BackfillInventory(sources, thumbnails, orphans, skipped);
    }

    private const string ManifestSuffix = ".json";

    /// <param name="suffix">What follows the source key in these keys (".json" for manifests).</param>
    private async Task ListThumbnailsAsync(
        string presetPrefix, string prefix, string suffix, HashSet<string> sourceKeys, HashSet<string> thumbnails, List<string> orphans,
        IBackfillProgress progress, CancellationToken cancellationToken)
    {
        var what = $"s3://{options.ThumbnailBucket}/{presetPrefix}{prefix}";
        var count = 0;
        await foreach (var listed in lister.ListAsync(options.ThumbnailBucket, presetPrefix + prefix, cancellationToken))
        {
            thumbnails.Add(listed.Key);
            var sourceKey = listed.Key[presetPrefix.Length..];
            if (!sourceKey.EndsWith(suffix, StringComparison.Ordinal) || !sourceKeys.Contains(sourceKey[..^suffix.Length]))
            {
                orphans.Add(listed.Key);
            }

            progress.Listing(what, ++count);
        }
    }
}
