namespace ThumbnailService.Core.Imaging;

/// <summary>Why a source object is permanently refused. Acknowledged: the platform must not retry these.</summary>
public enum RejectionReason
{
    /// <summary>The object has zero bytes.</summary>
    Empty,

    /// <summary>The content is not any image format we recognise (whatever its name or Content-Type says).</summary>
    NotAnImage,

    /// <summary>An image format we recognise but refuse (TIFF unless enabled, SVG, HEIC, AVIF, ...).</summary>
    UnsupportedFormat,

    /// <summary>The object is larger than the configured byte limit (decided from its size, before its body is read).</summary>
    TooManyBytes,

    /// <summary>The image's declared dimensions exceed the configured pixel limit (decided from its header).</summary>
    TooManyPixels,

    /// <summary>The header was recognised but the image could not be decoded (truncated, damaged).</summary>
    Corrupt,

    /// <summary>A thumbnail key (<c>{prefix}{preset}/{source key}</c>) would exceed S3's 1024-byte key limit (decided before any S3 call).</summary>
    KeyTooLong,

    /// <summary>The event names a bucket that THUMBNAIL_SOURCE_BUCKETS does not list (a notification wired to the wrong function).</summary>
    UnconfiguredBucket,

    /// <summary>
    /// The file's structure would cost far more decoding work than its size justifies (more JPEG scans than any encoder
    /// writes, more EXIF entries than any camera, compressed metadata many times the file's size): a decompression
    /// bomb, refused before it is decoded.
    /// </summary>
    TooMuchWork,
}
