using SixLabors.ImageSharp;
using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Imaging.Codecs;

namespace ThumbnailService.Codecs.Png;

/// <summary>PNG thumbnails by our <see cref="PngWriter"/>: zlib-ng deflate, adaptive filters, the ICC profile kept; always 8-bit RGB(A).</summary>
public sealed class PngThumbnailEncoder : IThumbnailEncoder
{
    public OutputKind Kind => OutputKind.Png;

    public void Encode(Image image, bool hasAlpha, int quality, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        PngWriter.Write(image, hasAlpha, buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }
}
