using ThumbnailService.Core.Storage;

namespace ThumbnailService.Core.Processing;

/// <summary>The one rule for "this thumbnail is current": it exists and records this source version and this preset's fingerprint.</summary>
public static class OutputState
{
    public static bool IsCurrent(PlannedOutput output, ObjectHead? head, SourceVersion version) =>
        RecordsETag(output, head, version.ETag) && Recorded(head!, ThumbnailMetadata.SourceVersionId) == version.VersionId;

    /// <summary>The rule without the version id, for what knows only an ETag (a bucket listing).</summary>
    public static bool RecordsETag(PlannedOutput output, ObjectHead? head, string sourceETag)
    {
        ArgumentNullException.ThrowIfNull(output);
        return head is not null
            && Recorded(head, ThumbnailMetadata.SourceETag) == sourceETag
            && Recorded(head, ThumbnailMetadata.Fingerprint) == output.Fingerprint;
    }

    /// <summary>The planned outputs that are missing or do not record <paramref name="version"/>.</summary>
    public static List<PlannedOutput> Stale(IReadOnlyList<PlannedOutput> plan, IReadOnlyList<ObjectHead?> heads, SourceVersion version)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(heads);
        return plan.Where((output, i) => !IsCurrent(output, heads[i], version)).ToList();
    }

    private static string? Recorded(ObjectHead head, string name) => head.Metadata.TryGetValue(name, out var value) ? value : null;
}
