using SixLabors.ImageSharp;

namespace ThumbnailService.Core.Imaging.Codecs;

/// <summary>
/// Reads one sniffed source format for the pipeline. The pipeline picks the decoder by the format
/// <see cref="FormatSniffer"/> named (never by extension or Content-Type), then (<see cref="Examine"/>): <see cref="Admit"/> (a cheap walk that
/// refuses what would cost far more work than its size), <see cref="Identify"/> (the header: the pixel limit is checked
/// before any decoding), <see cref="Decode"/>. Formats without a decoder of their own use <see cref="ImageSharpSourceDecoder"/>.
/// Implementations are stateless and safe for concurrent use; bad content throws what <see cref="DecodeFailure"/>
/// turns into a rejection (<see cref="ImageRejectedException"/>, <see cref="ImageFormatException"/>, ...).
/// </summary>
public interface ISourceDecoder
{
    /// <summary>The sniffed format name this decoder reads (<c>jpeg</c>, <c>png</c>, <c>heif</c>, ...).</summary>
    string Format { get; }

    /// <summary>Null when the source may be decoded; otherwise why not (before anything else reads it).</summary>
    RenderOutcome.Rejected? Admit(ReadOnlySpan<byte> data);

    /// <summary>The header; null when it cannot be read or declares no pixels.</summary>
    SourceHeader? Identify(DecodeContext context, ReadOnlySpan<byte> data, Stream source);

    /// <summary>
    /// <see cref="Admit"/> then <see cref="Identify"/>, as the pipeline calls them: a decoder whose walk already reads
    /// the header overrides this to read the source's structure once (and may keep it in <see cref="SourceHeader.DecoderState"/>).
    /// </summary>
    SourceExamination Examine(DecodeContext context, ReadOnlySpan<byte> data, Stream source) =>
        Admit(data) is { } refused ? new SourceExamination(refused, null) : new SourceExamination(null, Identify(context, data, source));

    /// <summary>Decodes an admitted, identified source within the pixel limit, for <see cref="DecodeContext.Options"/>' presets.</summary>
    DecodedSource Decode(DecodeContext context, ReadOnlySpan<byte> data, Stream source, SourceHeader header, CancellationToken cancellationToken);
}
