using ThumbnailService.Core.Options;
using ThumbnailService.Core.Processing.Manifests;
using ThumbnailService.Core.Storage;

namespace ThumbnailService.Core.Processing;

/// <summary>
/// HEADs the planned outputs and the source at once (one round trip of latency). The source's own HEAD is what makes
/// an "already done" answer safe: outputs that record a version are only acknowledged while that version exists.
/// </summary>
internal sealed class SnapshotReader(IObjectStore store, ThumbnailOptions options)
{
    /// <param name="manifest">The manifest to HEAD with the outputs; null when manifests are off or its HEAD is already known.</param>
    public async Task<SourceSnapshot> ReadAsync(
        SourceObject source, IReadOnlyList<PlannedOutput> plan, PlannedManifest? manifest, ProcessingMetrics metrics, CancellationToken cancellationToken)
    {
        var outputs = Task.WhenAll(plan.Select(output => store.HeadAsync(options.ThumbnailBucket, output.Key, cancellationToken)));
        var manifestHead = manifest is null ? Task.FromResult<ObjectHead?>(null) : ManifestHeadAsync(manifest, metrics, cancellationToken);
        var version = SourceVersionAsync(source, metrics, cancellationToken);
        await Task.WhenAll(outputs, version, manifestHead);
        metrics.Heads += plan.Count;
        return new SourceSnapshot(await version, await outputs, await manifestHead);
    }

    public async Task<ObjectHead?> ManifestHeadAsync(PlannedManifest manifest, ProcessingMetrics metrics, CancellationToken cancellationToken)
    {
        var head = await store.HeadAsync(options.ThumbnailBucket, manifest.Key, cancellationToken);
        metrics.Heads++;
        return head;
    }

    /// <summary>The source's current version; null when it does not exist (deleted, or a delete marker is current).</summary>
    public async Task<SourceVersion?> SourceVersionAsync(SourceObject source, ProcessingMetrics metrics, CancellationToken cancellationToken)
    {
        var head = await store.HeadAsync(source.Bucket, source.Key, cancellationToken);
        metrics.Heads++;
        return head is null ? null : SourceVersion.Of(head);
    }
}
