namespace ThumbnailService.Core.Imaging;

/// <summary>What was learnt about the source image: its format (lower-case name, e.g. "jpeg"), upright dimensions and alpha.</summary>
public sealed record SourceImageInfo(string Format, int Width, int Height, bool HasAlpha)
{
    /// <summary>Frames the source holds (an animated GIF or PNG more than 1); thumbnails show the first.</summary>
    public int FrameCount { get; init; } = 1;
}
