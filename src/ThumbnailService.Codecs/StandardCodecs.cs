using ThumbnailService.Codecs.Bmp;
using ThumbnailService.Codecs.Jpeg;
using ThumbnailService.Codecs.Png;
using ThumbnailService.Codecs.Webp;
using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Imaging.Codecs;

namespace ThumbnailService.Codecs;

/// <summary>
/// The codec set the function and every tool use: our JPEG decoder, PNG reading and writing, and the structural walks
/// of WebP and BMP. GIF needs none (ImageSharp reads its first frame only, in time linear in the bytes); TIFF, when
/// allowed, goes to ImageSharp alone.
/// </summary>
public static class StandardCodecs
{
    public static ImageCodecs All { get; } = new(
        [
            new JpegSourceDecoder(),
            new PngSourceDecoder(),
            new StructureCheckedDecoder("webp", WebpStructureCheck.Check),
            new StructureCheckedDecoder("bmp", BmpStructureCheck.Check),
        ],
        [new PngThumbnailEncoder()]);

    /// <summary>A pipeline with these codecs.</summary>
    public static ImagePipeline Pipeline(ImagePipelineOptions options) => new(options, All);
}
