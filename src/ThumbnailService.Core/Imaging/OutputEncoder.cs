using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using ThumbnailService.Core.Imaging.Codecs;

namespace ThumbnailService.Core.Imaging;

/// <summary>
/// Encodes finished thumbnails: with the codec set's encoder for the kind when it has one (our PNG writer), else with
/// ImageSharp's (immutable option holders, so one instance serves all threads).
/// </summary>
internal sealed class OutputEncoder
{
    private readonly int _quality;
    private readonly ImageCodecs _codecs;
    private readonly JpegEncoder _jpeg;
    private readonly WebpEncoder _webp;
    private readonly PngEncoder _png = new() { ColorType = PngColorType.RgbWithAlpha, BitDepth = PngBitDepth.Bit8 };

    public OutputEncoder(int quality, ImageCodecs codecs)
    {
        _quality = quality;
        _codecs = codecs;
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
        if (_codecs.EncoderFor(kind) is { } encoder)
        {
            encoder.Encode(image, hasAlpha, _quality, buffer);
        }
        else
        {
            image.Save(buffer, kind switch { OutputKind.Jpeg => _jpeg, OutputKind.WebP => _webp, _ => (IImageEncoder)_png });
        }

        return new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
