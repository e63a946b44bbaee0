namespace ThumbnailService.Core.Options;

/// <summary>Environment variables that configure the thumbnail job (the table in README.md).</summary>
public static class ConfigurationVariables
{
    public const string ThumbnailBucket = "THUMBNAIL_BUCKET";
    public const string Presets = "THUMBNAIL_PRESETS";
    public const string Format = "THUMBNAIL_FORMAT";
    public const string Quality = "THUMBNAIL_QUALITY";
    public const string Background = "THUMBNAIL_BACKGROUND";
    public const string CacheControl = "THUMBNAIL_CACHE_CONTROL";
    public const string MaxBytes = "THUMBNAIL_MAX_BYTES";
    public const string MaxPixels = "THUMBNAIL_MAX_PIXELS";
    public const string AllowTiff = "THUMBNAIL_ALLOW_TIFF";
    public const string KeyPrefix = "THUMBNAIL_KEY_PREFIX";
    public const string SourceBuckets = "THUMBNAIL_SOURCE_BUCKETS";

    public const string DefaultPresets = "large:1024x1024:inside,medium:512x512:inside,small:256x256:cover";

    public static IReadOnlyList<string> All { get; } =
        [ThumbnailBucket, Presets, Format, Quality, Background, CacheControl, MaxBytes, MaxPixels, AllowTiff, KeyPrefix, SourceBuckets];
}
