using ThumbnailService.Core.Options;
using ThumbnailService.Core.Storage;

namespace ThumbnailService.Core.Processing.Manifests;

/// <summary>
/// PUTs a source's manifest once every thumbnail of that version is stored: what was just written, and what already
/// recorded that version (described from its HEAD). It carries the thumbnails' own metadata (source ETag, version id,
/// and the manifest's fingerprint), which is what lets a duplicate event stop after one HEAD.
/// </summary>
internal sealed class ManifestWriter(IObjectStore store, ThumbnailOptions options)
{
    public async Task PutAsync(
        PlannedManifest manifest, ManifestDocument document, CancellationToken cancellationToken)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ThumbnailMetadata.SourceETag] = document.Version.ETag,
            [ThumbnailMetadata.Fingerprint] = manifest.Fingerprint,
        };
        if (document.Version.VersionId is { } versionId)
        {
            metadata[ThumbnailMetadata.SourceVersionId] = versionId;
        }

        var upload = new ObjectUpload(options.ThumbnailBucket, manifest.Key, document.ToJson(), ManifestDocument.ContentType, "no-cache", metadata);
        await store.PutAsync(upload, cancellationToken);
    }

    /// <summary>Every planned output as the manifest lists it, in plan order: freshly written, or as its HEAD describes it.</summary>
    public static IReadOnlyList<WrittenOutput> Listing(IReadOnlyList<PlannedOutput> plan, IReadOnlyList<ObjectHead?> heads, IReadOnlyList<WrittenOutput> written) =>
        plan.Select((output, i) => written.FirstOrDefault(w => w.Key == output.Key) ?? Describe(output, heads[i]!)).ToArray();

    private static WrittenOutput Describe(PlannedOutput output, ObjectHead head) => new(
        output.Preset.Name,
        output.Key,
        ManifestDocument.Dimension(head.Metadata, ThumbnailMetadata.Width),
        ManifestDocument.Dimension(head.Metadata, ThumbnailMetadata.Height),
        head.ContentType ?? "application/octet-stream",
        head.ContentLength);
}
