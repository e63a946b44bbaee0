namespace ThumbnailService.Core.Imaging;

/// <summary>Result of rendering one source: either every requested thumbnail, or a permanent rejection.</summary>
public abstract record RenderOutcome
{
    private RenderOutcome()
    {
    }

    /// <summary>Every requested preset was rendered, in the order requested.</summary>
    public sealed record Rendered(SourceImageInfo Source, IReadOnlyList<RenderedThumbnail> Thumbnails) : RenderOutcome
    {
        /// <summary>The source's ThumbHash and colours, computed from the same decode; null only when a caller made this record itself.</summary>
        public Placeholders.ImagePlaceholder? Placeholder { get; init; }
    }

    /// <summary>The source is refused for good; <paramref name="Detail"/> says why in words a user can act on.</summary>
    public sealed record Rejected(RejectionReason Reason, string Detail) : RenderOutcome;
}
