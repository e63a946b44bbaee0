using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;

namespace ThumbnailService.Core.Imaging;

/// <summary>Encodes finished thumbnails. Encoders are immutable option holders, so one instance serves all threads.</summary>
internal sealed class OutputEncoder
{
    private readonly JpegEncoder _jpeg;
    private readonly PngEncoder _pngWithAlpha;
    private readonly PngEncoder _pngOpaque;
    private readonly WebpEncoder _webp;

    public OutputEncoder(int quality)
    {
        _jpeg = new JpegEncoder { Quality = quality, ColorType = JpegColorType.YCbCrRatio420 };
        _pngWithAlpha = Png(PngColorType.RgbWithAlpha);
        _pngOpaque = Png(PngColorType.Rgb);
        _webp = new WebpEncoder
        {
            FileFormat = WebpFileFormatType.Lossy,
            Quality = quality,
            Method = WebpEncodingMethod.Level4,
            UseAlphaCompression = true,
        };
    }

    public ReadOnlyMemory<byte> Encode(Image image, OutputKind kind, bool hasAlpha)
    {
        ArgumentNullException.ThrowIfNull(image);
        IImageEncoder encoder = kind switch
        {
            OutputKind.Jpeg => _jpeg,
            OutputKind.Png => hasAlpha ? _pngWithAlpha : _pngOpaque,
            _ => _webp,
        };
        var buffer = new MemoryStream();
        image.Save(buffer, encoder);
        return new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    // Explicit colour type and depth: otherwise the encoder copies the source's (palette, 16-bit) and quantizes thumbnails.
    private static PngEncoder Png(PngColorType colorType) => new()
    {
        ColorType = colorType,
        BitDepth = PngBitDepth.Bit8,
        CompressionLevel = PngCompressionLevel.Level6,
        FilterMethod = PngFilterMethod.Adaptive,
        ChunkFilter = PngChunkFilter.ExcludeTextChunks | PngChunkFilter.ExcludeExifChunk,
    };
}
