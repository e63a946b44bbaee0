using System.Security.Cryptography;
using System.Text;
using ThumbnailService.Core.Options;
using ThumbnailService.Core.Processing.Manifests;

namespace ThumbnailService.Core.Processing;

/// <summary>
/// Decides which outputs a source has and the fingerprint of each preset's settings. Keys are
/// <c>{prefix}{preset}/{source key}</c>, or <c>{prefix}{preset}/{source bucket}/{source key}</c> when more than one
/// source bucket is configured (the same key in two buckets must not share, or clean up, one thumbnail).
/// </summary>
public sealed class OutputPlanner
{
    /// <summary>Bump when the rendering changes in a way that should remake existing thumbnails.</summary>
    public const string PipelineVersion = "1";

    private readonly ThumbnailOptions _options;
    private readonly IReadOnlyList<(Presets.Preset Preset, string Fingerprint)> _presets;
    private readonly string _manifestFingerprint;

    public OutputPlanner(ThumbnailOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _presets = options.Pipeline.Presets.Select(p => (p, Fingerprint(p, options))).ToArray();
        _manifestFingerprint = Hash($"manifest v{ManifestDocument.SchemaVersion}|{string.Join(",", _presets.Select(p => p.Fingerprint))}");
    }

    /// <summary>True when a manifest is written for every source (a manifest folder is configured).</summary>
    public bool WritesManifests => _options.ManifestPrefix.Length > 0;

    /// <summary>True when output keys name their source bucket (more than one source bucket is configured).</summary>
    public bool KeysNameBucket => _options.SourceBuckets.Count > 1;

    public IReadOnlyList<PlannedOutput> Plan(string sourceBucket, string sourceKey)
    {
        var path = SourcePath(sourceBucket, sourceKey);
        return _presets.Select(p => new PlannedOutput(p.Preset, $"{_options.KeyPrefix}{p.Preset.Name}/{path}", p.Fingerprint)).ToArray();
    }

    /// <summary>The source's manifest, <c>{prefix}{manifest prefix}{source path}.json</c>; null when manifests are off.</summary>
    public PlannedManifest? PlanManifest(string sourceBucket, string sourceKey) => WritesManifests
        ? new PlannedManifest($"{ManifestFolder}{SourcePath(sourceBucket, sourceKey)}.json", _manifestFingerprint)
        : null;

    /// <summary>Where every manifest lives (<c>{prefix}{manifest prefix}</c>); meaningful only when <see cref="WritesManifests"/>.</summary>
    public string ManifestFolder => _options.KeyPrefix + _options.ManifestPrefix;

    /// <summary>True when objects of <paramref name="bucket"/> may get thumbnails (no list configured, or it names the bucket).</summary>
    public bool ServesBucket(string bucket) =>
        _options.SourceBuckets.Count == 0 || _options.SourceBuckets.Contains(bucket, StringComparer.Ordinal);

    /// <summary>True when <paramref name="key"/> in <paramref name="bucket"/> is one of our own outputs (buckets shared).</summary>
    public bool IsOutput(string bucket, string key) =>
        string.Equals(bucket, _options.ThumbnailBucket, StringComparison.Ordinal)
        && (_presets.Any(p => key.StartsWith($"{_options.KeyPrefix}{p.Preset.Name}/", StringComparison.Ordinal))
            || (WritesManifests && key.StartsWith(ManifestFolder, StringComparison.Ordinal)));

    private string SourcePath(string sourceBucket, string sourceKey) => KeysNameBucket ? $"{sourceBucket}/{sourceKey}" : sourceKey;

    private static string Fingerprint(Presets.Preset preset, ThumbnailOptions options)
    {
        var pipeline = options.Pipeline;
        var text = $"v{PipelineVersion}|{preset}|{pipeline.Format}|q{pipeline.Quality}|bg{pipeline.BackgroundRgb:X6}|{options.CacheControl}";
        return Hash(text);
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
