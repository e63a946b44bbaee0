namespace ThumbnailService.Core.Imaging;

/// <summary>Which format thumbnails are encoded in.</summary>
public enum OutputFormatPolicy
{
    /// <summary>JPEG for opaque images; PNG for images with alpha (WebP for WebP sources with alpha).</summary>
    Auto,
    Jpeg,
    Png,
    WebP,
}
