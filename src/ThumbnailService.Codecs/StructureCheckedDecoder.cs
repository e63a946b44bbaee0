using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Imaging.Codecs;

namespace ThumbnailService.Codecs;

/// <summary>A format ImageSharp decodes on its own, after a structural walk of ours has admitted the file (WebP, BMP).</summary>
public sealed class StructureCheckedDecoder(string format, StructureCheck check) : ISourceDecoder
{
    public string Format => format;

    public RenderOutcome.Rejected? Admit(ReadOnlySpan<byte> data) => check(data);

    public SourceHeader? Identify(DecodeContext context, ReadOnlySpan<byte> data, Stream source) =>
        ImageSharpSourceDecoder.Instance.Identify(context, data, source);

    public DecodedSource Decode(DecodeContext context, ReadOnlySpan<byte> data, Stream source, SourceHeader header, CancellationToken cancellationToken) =>
        ImageSharpSourceDecoder.Instance.Decode(context, data, source, header, cancellationToken);
}
