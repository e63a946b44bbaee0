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
    public const string Heif = "THUMBNAIL_HEIF";
    public const string KeyPrefix = "THUMBNAIL_KEY_PREFIX";
    public const string SourceBuckets = "THUMBNAIL_SOURCE_BUCKETS";
    public const string ManifestPrefix = "THUMBNAIL_MANIFEST_PREFIX";

    public const string DefaultPresets = OptionDefaults.Presets;

    public static IReadOnlyList<string> All { get; } =
        [ThumbnailBucket, Presets, Format, Quality, Background, CacheControl, MaxBytes, MaxPixels, AllowTiff, Heif, KeyPrefix, SourceBuckets, ManifestPrefix];
}
