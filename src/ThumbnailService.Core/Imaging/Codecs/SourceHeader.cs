using SixLabors.ImageSharp.Metadata;

namespace ThumbnailService.Core.Imaging.Codecs;

/// <summary>A source's header: its stored width and height (before any orientation) and the metadata read with them (EXIF, ICC).</summary>
public sealed record SourceHeader(int Width, int Height, ImageMetadata Metadata)
{
    /// <summary>
    /// What the decoder that read the header parsed on the way (its own type, opaque to the pipeline), handed back to
    /// its <see cref="ISourceDecoder.Decode"/> so the source's structure is read once; null when it keeps none.
    /// </summary>
    public object? DecoderState { get; init; }
}
