using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace ThumbnailService.Core.Imaging.Placeholders;

/// <summary>
/// Computes the <see cref="ImagePlaceholder"/> from the images the renderer already made: the smallest full frame is
/// resized to fit <see cref="ThumbHashEncoder.MaxEdge"/> (the size the ThumbHash algorithm expects), turned upright, and
/// read once for the hash and the colours. No second decode; the work is on at most a few hundred pixels a side.
/// </summary>
internal static class PlaceholderSampler
{
    public static ImagePlaceholder Sample(IEnumerable<Image> fullFrames)
    {
        Image smallest = fullFrames.MinBy(frame => (long)frame.Width * frame.Height)
            ?? throw new ArgumentException("No frame to sample.", nameof(fullFrames));
        double scale = Math.Min(1.0, (double)ThumbHashEncoder.MaxEdge / Math.Max(smallest.Width, smallest.Height));
        int width = Math.Clamp((int)Math.Round(smallest.Width * scale), 1, ThumbHashEncoder.MaxEdge);
        int height = Math.Clamp((int)Math.Round(smallest.Height * scale), 1, ThumbHashEncoder.MaxEdge);
        using Image resized = smallest.Clone(ctx => ctx.Resize(width, height, KnownResamplers.Triangle).AutoOrient());
        using Image<Rgba32> small = resized.CloneAs<Rgba32>();
        var rgba = new byte[small.Width * small.Height * 4];
        small.CopyPixelDataTo(rgba);
        var (average, dominant) = ColourSummary.Of(small);
        return new ImagePlaceholder(ThumbHashEncoder.Encode(small.Width, small.Height, rgba), average, dominant);
    }
}
