using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.PixelFormats;

namespace ThumbnailService.Core.Imaging.Codecs;

/// <summary>
/// ImageSharp 2.1's own reading of a format: Identify, then a full decode (GIF: the first frame only, by configuration).
/// Every call into ImageSharp's readers goes through here, so that what ImageSharp reports as an unsupported variant
/// (a <see cref="NotSupportedException"/> from its Identify or decoder: lossless JPEG, 2-component JPEG, ...) is
/// classified where it is thrown, as a rejection (<see cref="ImageRejectedException"/>). A
/// <see cref="NotSupportedException"/> from anywhere else is a fault and propagates, so the platform retries.
/// </summary>
public sealed class ImageSharpSourceDecoder : ISourceDecoder
{
    public static ImageSharpSourceDecoder Instance { get; } = new();

    public string Format => "*";

    public RenderOutcome.Rejected? Admit(ReadOnlySpan<byte> data) => null;

    public SourceHeader? Identify(DecodeContext context, ReadOnlySpan<byte> data, Stream source)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(source);
        source.Position = 0;
        IImageFormat? detected = null;
        IImageInfo? info = Read(() => Image.Identify(context.Configuration, source, out detected));
        return info is null || detected is null || info.Width <= 0 || info.Height <= 0 ? null : new SourceHeader(info.Width, info.Height, info.Metadata);
    }

    public DecodedSource Decode(DecodeContext context, ReadOnlySpan<byte> data, Stream source, SourceHeader header, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(source);
        source.Position = 0;
        IImageFormat format = Image.DetectFormat(context.Configuration, source) ?? throw new UnknownImageFormatException("ImageSharp detects no format in the source.");
        Image image = DecodeAs<Rgba32>(context, format, source, cancellationToken);
        return new DecodedSource(image, image.Size());
    }

    /// <summary>ImageSharp's decoder for <paramref name="format"/>, from the start of <paramref name="source"/>.</summary>
    public static Image<TPixel> DecodeAs<TPixel>(DecodeContext context, IImageFormat format, Stream source, CancellationToken cancellationToken)
        where TPixel : unmanaged, IPixel<TPixel>
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(source);
        IImageDecoder decoder = context.Configuration.ImageFormatsManager.FindDecoder(format);
        source.Position = 0;
        return Read(() => decoder.Decode<TPixel>(context.Configuration, source, cancellationToken));
    }

    private static T Read<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (NotSupportedException unsupported)
        {
            throw new ImageRejectedException(DecodeFailure.UnsupportedVariant(unsupported));
        }
    }
}
