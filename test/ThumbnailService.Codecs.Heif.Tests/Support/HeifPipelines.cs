using SixLabors.ImageSharp;
using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Imaging.Codecs;
using ThumbnailService.Core.Presets;
using ThumbnailService.TestSupport.Images;

namespace ThumbnailService.Codecs.Heif.Tests.Support;

/// <summary>Pipelines with the standard codecs plus a HEIF decoder, as the function composes them.</summary>
internal static class HeifPipelines
{
    /// <summary>What a decoder is handed when tests call the native reader directly.</summary>
    public static DecodeContext Context { get; } = new(Configuration.Default, new ImagePipelineOptions { Presets = [Pipelines.Square] });

    public static ImagePipeline Create(HeifSourceDecoder? decoder = null, long maxSourcePixels = 60_000_000, bool allowHeif = true, OutputFormatPolicy format = OutputFormatPolicy.Auto, params Preset[] presets) =>
        new(
            new ImagePipelineOptions
            {
                Presets = presets.Length > 0 ? presets : [Pipelines.Large, Pipelines.Medium, Pipelines.Square],
                MaxSourcePixels = maxSourcePixels,
                AllowHeif = allowHeif,
                Format = format,
            },
            StandardCodecs.All.With(decoder ?? new HeifSourceDecoder()));
}
