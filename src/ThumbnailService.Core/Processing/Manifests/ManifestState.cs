using ThumbnailService.Core.Storage;

namespace ThumbnailService.Core.Processing.Manifests;

/// <summary>The rule for "this manifest is current": it exists and records this source version and these presets (the same metadata as the thumbnails).</summary>
public static class ManifestState
{
    public static bool IsCurrent(PlannedManifest manifest, ObjectHead? head, SourceVersion version)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return head is not null
            && Recorded(head, ThumbnailMetadata.SourceETag) == version.ETag
            && Recorded(head, ThumbnailMetadata.SourceVersionId) == version.VersionId
            && Recorded(head, ThumbnailMetadata.Fingerprint) == manifest.Fingerprint;
    }

    /// <summary>The rule without the version id, for what knows only an ETag (a bucket listing).</summary>
    public static bool RecordsETag(PlannedManifest manifest, ObjectHead? head, string sourceETag)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return head is not null
            && Recorded(head, ThumbnailMetadata.SourceETag) == sourceETag
            && Recorded(head, ThumbnailMetadata.Fingerprint) == manifest.Fingerprint;
    }

    private static string? Recorded(ObjectHead head, string name) => head.Metadata.TryGetValue(name, out var value) ? value : null;
}
