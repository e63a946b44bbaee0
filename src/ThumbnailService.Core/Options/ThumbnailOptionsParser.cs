using System.Globalization;
using ThumbnailService.Core.Imaging;

namespace ThumbnailService.Core.Options;

/// <summary>Reads <see cref="ThumbnailOptions"/> from environment variables; every problem is reported in one exception.</summary>
public static class ThumbnailOptionsParser
{
    /// <exception cref="InvalidConfigurationException">One or more variables are missing or invalid.</exception>
    public static ThumbnailOptions Parse(Func<string, string?> getVariable)
    {
        ArgumentNullException.ThrowIfNull(getVariable);
        var problems = new List<string>();
        string? Get(string name) => getVariable(name) is { Length: > 0 } value ? value.Trim() : null;

        var bucket = Get(ConfigurationVariables.ThumbnailBucket);
        if (bucket is null)
        {
            problems.Add($"{ConfigurationVariables.ThumbnailBucket} is required: set it to the bucket thumbnails are written to.");
        }

        var presets = PresetListParser.Parse(Get(ConfigurationVariables.Presets) ?? OptionDefaults.Presets, problems);
        var format = ParseEnum(Get(ConfigurationVariables.Format), OutputFormatPolicy.Auto, ConfigurationVariables.Format, "auto, jpeg, png or webp", problems);
        var quality = ParseNumber(Get(ConfigurationVariables.Quality), OptionDefaults.Quality, 1, 100, ConfigurationVariables.Quality, problems);
        var background = ParseColour(Get(ConfigurationVariables.Background), problems);
        var maxBytes = ParseNumber(Get(ConfigurationVariables.MaxBytes), OptionDefaults.MaxSourceBytes, 1, long.MaxValue, ConfigurationVariables.MaxBytes, problems);
        var maxPixels = ParseNumber(Get(ConfigurationVariables.MaxPixels), OptionDefaults.MaxSourcePixels, 1, 1_000_000_000, ConfigurationVariables.MaxPixels, problems);
        var allowTiff = ParseEnum(Get(ConfigurationVariables.AllowTiff), false, ConfigurationVariables.AllowTiff, "true or false", problems);
        var allowHeif = ParseEnum(Get(ConfigurationVariables.Heif), OptionDefaults.AllowHeif, ConfigurationVariables.Heif, "true or false", problems);
        var cacheControl = Get(ConfigurationVariables.CacheControl) ?? OptionDefaults.CacheControl;
        if (!cacheControl.All(char.IsAscii))
        {
            problems.Add($"{ConfigurationVariables.CacheControl} must be ASCII.");
        }

        var keyPrefix = Get(ConfigurationVariables.KeyPrefix) ?? string.Empty;
        if (keyPrefix.StartsWith('/') || keyPrefix.Contains("..", StringComparison.Ordinal))
        {
            problems.Add($"{ConfigurationVariables.KeyPrefix} must not start with '/' or contain '..'.");
        }

        // Get() trims and maps "" to null, but an empty value must turn manifests off: read the raw value.
        var manifestPrefix = getVariable(ConfigurationVariables.ManifestPrefix)?.Trim() ?? OptionDefaults.ManifestPrefix;
        ManifestPrefixRule.Check(manifestPrefix, presets, problems);

        var sourceBuckets = (Get(ConfigurationVariables.SourceBuckets) ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        if (sourceBuckets.FirstOrDefault(name => !IsBucketName(name)) is { } badBucket)
        {
            problems.Add($"{ConfigurationVariables.SourceBuckets} names '{badBucket}', which is not an S3 bucket name: expected comma-separated bucket names.");
        }

        if (problems.Count > 0)
        {
            throw new InvalidConfigurationException(problems);
        }

        return new ThumbnailOptions
        {
            ThumbnailBucket = bucket!,
            KeyPrefix = keyPrefix,
            CacheControl = cacheControl,
            MaxSourceBytes = maxBytes,
            SourceBuckets = sourceBuckets,
            ManifestPrefix = manifestPrefix,
            Pipeline = new ImagePipelineOptions
            {
                Presets = presets,
                Format = format,
                Quality = (int)quality,
                BackgroundRgb = background,
                MaxSourcePixels = maxPixels,
                AllowTiff = allowTiff,
                AllowHeif = allowHeif,
            },
        };
    }

    private static T ParseEnum<T>(string? text, T fallback, string name, string expected, List<string> problems)
        where T : struct
    {
        if (text is null)
        {
            return fallback;
        }

        if (typeof(T) == typeof(bool))
        {
            if (bool.TryParse(text, out var flag))
            {
                return (T)(object)flag;
            }
        }
        else if (Enum.TryParse<T>(text, ignoreCase: true, out var value) && !char.IsAsciiDigit(text[0]))
        {
            return value;
        }

        problems.Add($"{name} is '{text}': expected {expected}.");
        return fallback;
    }

    private static bool IsBucketName(string name) =>
        name.Length is >= 3 and <= 63 && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '-');

    private static long ParseNumber(string? text, long fallback, long min, long max, string name, List<string> problems)
    {
        if (text is null)
        {
            return fallback;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        problems.Add($"{name} is '{text}': expected a whole number from {min} to {max}.");
        return fallback;
    }

    private static uint ParseColour(string? text, List<string> problems)
    {
        if (text is null)
        {
            return OptionDefaults.BackgroundRgb;
        }

        var hex = text.TrimStart('#');
        if (hex.Length == 6 && uint.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var rgb))
        {
            return rgb;
        }

        problems.Add($"{ConfigurationVariables.Background} is '{text}': expected a colour like #FFFFFF.");
        return OptionDefaults.BackgroundRgb;
    }
}
