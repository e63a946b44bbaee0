using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.PixelFormats;

namespace ThumbnailService.Codecs.Tests.TestDoubles;

/// <summary>A fallback decoder that counts its calls and returns a 1x1 image: shows whether a caller fell back to it.</summary>
internal sealed class RecordingDecoder : IImageDecoder
{
    public int Calls { get; private set; }

    public Image<TPixel> Decode<TPixel>(Configuration configuration, Stream stream, CancellationToken cancellationToken)
        where TPixel : unmanaged, IPixel<TPixel>
    {
        Calls++;
        return new Image<TPixel>(configuration, 1, 1);
    }

    public Image Decode(Configuration configuration, Stream stream, CancellationToken cancellationToken) =>
        Decode<Rgba32>(configuration, stream, cancellationToken);
}
