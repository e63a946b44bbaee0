using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.PixelFormats;

namespace ThumbnailService.Core.Imaging.Codecs;

/// <summary>ImageSharp 2.1's own reading of a format: Identify, then a full decode (GIF: the first frame only, by configuration).</summary>
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
        IImageInfo? info = Image.Identify(context.Configuration, source, out IImageFormat? detected);
        return info is null || detected is null || info.Width <= 0 || info.Height <= 0 ? null : new SourceHeader(info.Width, info.Height, info.Metadata);
    }

    public DecodedSource Decode(DecodeContext context, ReadOnlySpan<byte> data, Stream source, SourceHeader header, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(source);
        source.Position = 0;
        IImageFormat format = Image.DetectFormat(context.Configuration, source) ?? throw new UnknownImageFormatException("ImageSharp detects no format in the source.");
        IImageDecoder decoder = context.Configuration.ImageFormatsManager.FindDecoder(format);
        source.Position = 0;
        Image image = decoder.Decode<Rgba32>(context.Configuration, source, cancellationToken);
        return new DecodedSource(image, image.Size());
    }
}
