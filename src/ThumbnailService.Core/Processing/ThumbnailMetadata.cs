namespace ThumbnailService.Core.Processing;

/// <summary>User-metadata keys recorded on every thumbnail (ASCII only; stored as x-amz-meta-*).</summary>
public static class ThumbnailMetadata
{
    public const string SourceETag = "source-etag";

    /// <summary>The source's version id, recorded only when the source bucket is versioned.</summary>
    public const string SourceVersionId = "source-version-id";

    public const string Fingerprint = "preset-fingerprint";
    public const string Width = "width";
    public const string Height = "height";
}
