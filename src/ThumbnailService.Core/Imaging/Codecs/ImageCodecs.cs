namespace ThumbnailService.Core.Imaging.Codecs;

/// <summary>The decoders and encoders a pipeline uses instead of ImageSharp's own, by format and by output kind.</summary>
public sealed record ImageCodecs(IReadOnlyList<ISourceDecoder> Decoders, IReadOnlyList<IThumbnailEncoder> Encoders)
{
    /// <summary>ImageSharp alone: every format and output kind through ImageSharp 2.1.</summary>
    public static ImageCodecs ImageSharpOnly { get; } = new([], []);

    /// <summary>These codecs plus <paramref name="decoder"/> (replacing one of the same format).</summary>
    public ImageCodecs With(ISourceDecoder decoder)
    {
        ArgumentNullException.ThrowIfNull(decoder);
        return this with { Decoders = [.. Decoders.Where(d => d.Format != decoder.Format), decoder] };
    }

    /// <summary>Whether a decoder of its own reads <paramref name="format"/> (ImageSharp's fallback does not count).</summary>
    public bool HasDecoderFor(string format) => Decoders.Any(d => string.Equals(d.Format, format, StringComparison.Ordinal));

    public ISourceDecoder DecoderFor(string format) =>
        Decoders.FirstOrDefault(d => string.Equals(d.Format, format, StringComparison.Ordinal)) ?? ImageSharpSourceDecoder.Instance;

    public IThumbnailEncoder? EncoderFor(OutputKind kind) => Encoders.FirstOrDefault(e => e.Kind == kind);
}
