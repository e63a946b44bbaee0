using System.Security.Cryptography;
using System.Text;
using ThumbnailService.Core.Options;

namespace ThumbnailService.Core.Processing;

/// <summary>Decides which outputs a source has (<c>{prefix}{preset}/{source key}</c>) and the fingerprint of each preset's settings.</summary>
public sealed class OutputPlanner
{
    /// <summary>Bump when the rendering changes in a way that should remake existing thumbnails.</summary>
    public const string PipelineVersion = "1";

    private readonly ThumbnailOptions _options;
    private readonly IReadOnlyList<(Presets.Preset Preset, string Fingerprint)> _presets;

    public OutputPlanner(ThumbnailOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _presets = options.Pipeline.Presets.Select(p => (p, Fingerprint(p, options))).ToArray();
    }

    public IReadOnlyList<PlannedOutput> Plan(string sourceKey) =>
        _presets.Select(p => new PlannedOutput(p.Preset, $"{_options.KeyPrefix}{p.Preset.Name}/{sourceKey}", p.Fingerprint)).ToArray();

    /// <summary>True when <paramref name="key"/> in <paramref name="bucket"/> is one of our own outputs (buckets shared).</summary>
    public bool IsOutput(string bucket, string key) =>
        string.Equals(bucket, _options.ThumbnailBucket, StringComparison.Ordinal)
        && _presets.Any(p => key.StartsWith($"{_options.KeyPrefix}{p.Preset.Name}/", StringComparison.Ordinal));

    private static string Fingerprint(Presets.Preset preset, ThumbnailOptions options)
    {
        var pipeline = options.Pipeline;
        var text = $"v{PipelineVersion}|{preset}|{pipeline.Format}|q{pipeline.Quality}|bg{pipeline.BackgroundRgb:X6}|{options.CacheControl}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }
}
