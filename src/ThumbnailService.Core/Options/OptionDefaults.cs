namespace ThumbnailService.Core.Options;

/// <summary>The default of every setting, in one table: the options records, the parser and the README read these.</summary>
public static class OptionDefaults
{
    public const string Presets = "large:1024x1024:inside,medium:512x512:inside,small:256x256:cover";
    public const int Quality = 80;
    public const uint BackgroundRgb = 0xFFFFFF;
    public const string CacheControl = "public, max-age=86400";
    public const long MaxSourceBytes = 50L * 1024 * 1024;
    public const long MaxSourcePixels = 60_000_000;
    public const bool AllowHeif = true;

    /// <summary>Folder of the per-source manifests (<c>{key prefix}{this}{source key}.json</c>); empty turns them off.</summary>
    public const string ManifestPrefix = "meta/";
}
