using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Imaging.Codecs;

namespace ThumbnailService.Codecs.Heif;

/// <summary>How the function and the tools compose HEIF support: a <see cref="HeifSourceDecoder"/> only when allowed.</summary>
public static class HeifCodecs
{
    /// <summary><paramref name="codecs"/> plus a HEIF decoder when <see cref="ImagePipelineOptions.AllowHeif"/> (THUMBNAIL_HEIF) is true.</summary>
    public static ImageCodecs AddTo(ImageCodecs codecs, ImagePipelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(codecs);
        ArgumentNullException.ThrowIfNull(options);
        return options.AllowHeif ? codecs.With(new HeifSourceDecoder()) : codecs;
    }

    /// <summary>A pipeline with <paramref name="codecs"/> and, when allowed, the HEIF decoder.</summary>
    public static ImagePipeline Pipeline(ImagePipelineOptions options, ImageCodecs codecs) => new(options, AddTo(codecs, options));
}
