using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Webp;
using ThumbnailService.Core.Imaging.Png;

namespace ThumbnailService.Core.Imaging;

/// <summary>
/// Encodes finished thumbnails. JPEG and WebP use ImageSharp's encoders (immutable option holders, so one instance
/// serves all threads); PNG uses our <see cref="PngWriter"/> (zlib-ng deflate, adaptive filters, keeps the ICC profile).
/// </summary>
internal sealed class OutputEncoder
{
    private readonly JpegEncoder _jpeg;
    private readonly WebpEncoder _webp;

    public OutputEncoder(int quality)
    {
        _jpeg = new JpegEncoder { Quality = quality, ColorType = JpegColorType.YCbCrRatio420 };
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
        var buffer = new MemoryStream();
        if (kind == OutputKind.Png)
        {
            // Always 8-bit RGB(A): a source's palette or 16-bit depth is not carried over into thumbnails.
            PngWriter.Write(image, hasAlpha, buffer);
        }
        else
        {
            IImageEncoder encoder = kind == OutputKind.Jpeg ? _jpeg : _webp;
            image.Save(buffer, encoder);
        }

        return new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
