using ThumbnailService.Core.Options;
using ThumbnailService.Core.Presets;

namespace ThumbnailService.Core.Imaging;

/// <summary>Everything the image pipeline needs to know; no AWS, no I/O.</summary>
public sealed record ImagePipelineOptions
{
    public required IReadOnlyList<Preset> Presets { get; init; }
    public OutputFormatPolicy Format { get; init; } = OutputFormatPolicy.Auto;

    /// <summary>JPEG and WebP quality, 1..100.</summary>
    public int Quality { get; init; } = OptionDefaults.Quality;

    /// <summary>Colour transparent pixels are flattened onto when the output format has no alpha (JPEG). RGB, e.g. 0xFFFFFF.</summary>
    public uint BackgroundRgb { get; init; } = OptionDefaults.BackgroundRgb;

    /// <summary>Largest width x height (of the first frame) we decode.</summary>
    public long MaxSourcePixels { get; init; } = OptionDefaults.MaxSourcePixels;

    /// <summary>Accept TIFF sources (refused by default: rarely an upload, costly to decode).</summary>
    public bool AllowTiff { get; init; }

    /// <summary>
    /// Accept HEIC/HEIF and AVIF sources (phone photos) when the codec set has a <c>heif</c> decoder; false keeps them
    /// refused as UnsupportedFormat (HEVC is covered by patent pools: README).
    /// </summary>
    public bool AllowHeif { get; init; } = OptionDefaults.AllowHeif;
}
