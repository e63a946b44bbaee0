using ThumbnailService.Core.Storage;

namespace ThumbnailService.Core.Processing;

/// <summary>
/// One version of a source object as its thumbnails record it: the ETag and, in a versioned bucket, the version id.
/// Two uploads of the same bytes to a versioned bucket are different versions; without versioning only the ETag tells.
/// </summary>
public readonly record struct SourceVersion(string ETag, string? VersionId)
{
    public static SourceVersion Of(ObjectHead head)
    {
        ArgumentNullException.ThrowIfNull(head);
        return new SourceVersion(head.ETag, Normalize(head.VersionId));
    }

    public static SourceVersion Of(ObjectDownload download)
    {
        ArgumentNullException.ThrowIfNull(download);
        return new SourceVersion(download.ETag, Normalize(download.VersionId));
    }

    /// <summary>The version an event names; null when the event carries no ETag (nothing to compare a record with).</summary>
    public static SourceVersion? OfEvent(SourceObject source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.ETag is { Length: > 0 } eTag ? new SourceVersion(eTag.Trim('"'), Normalize(source.VersionId)) : null;
    }

    /// <summary>S3 says "null" for objects written while versioning was off: those have no version to pin a read to.</summary>
    private static string? Normalize(string? versionId) => versionId is null or "" or "null" ? null : versionId;
}
