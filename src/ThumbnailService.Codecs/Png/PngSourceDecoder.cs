using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Imaging.Codecs;

namespace ThumbnailService.Codecs.Png;

/// <summary>
/// PNG sources: <see cref="PngStructureCheck"/> refuses chunk, text and metadata bombs before ImageSharp reads the file;
/// ImageSharp decodes it, and the iCCP profile it does not read in 2.1 is read here (<see cref="PngIccReader"/>).
/// </summary>
public sealed class PngSourceDecoder : ISourceDecoder
{
    public string Format => "png";

    public RenderOutcome.Rejected? Admit(ReadOnlySpan<byte> data) => PngStructureCheck.Check(data);

    public SourceHeader? Identify(DecodeContext context, ReadOnlySpan<byte> data, Stream source) =>
        ImageSharpSourceDecoder.Instance.Identify(context, data, source);

    public DecodedSource Decode(DecodeContext context, ReadOnlySpan<byte> data, Stream source, SourceHeader header, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        DecodedSource decoded = ImageSharpSourceDecoder.Instance.Decode(context, data, source, header, cancellationToken);
        source.Position = 0;
        decoded.Image.Metadata.IccProfile ??= PngIccReader.Read(source);
        return decoded;
    }
}
