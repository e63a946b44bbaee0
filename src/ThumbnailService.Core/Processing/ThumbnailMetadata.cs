namespace ThumbnailService.Core.Processing;

/// <summary>User-metadata keys recorded on every thumbnail (ASCII only; stored as x-amz-meta-*).</summary>
public static class ThumbnailMetadata
{
    public const string SourceETag = "source-etag";
    public const string Fingerprint = "preset-fingerprint";
    public const string Width = "width";
    public const string Height = "height";
}
