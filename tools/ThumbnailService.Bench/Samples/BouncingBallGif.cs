using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.PixelFormats;

namespace ThumbnailService.Bench.Samples;

/// <summary>
/// An animated GIF: a red ball bouncing from left to right over a flat floor, one frame per position, looping. The first
/// frame (the one thumbnails show) has the ball at the far left.
/// </summary>
internal static class BouncingBallGif
{
    private static readonly Rgba32 Wall = new(235, 235, 220), Floor = new(120, 90, 60), Ball = new(210, 30, 30), Shine = new(255, 200, 200);

    public static Image<Rgba32> Paint(int width, int height, int frames)
    {
        var image = PaintFrame(width, height, 0, frames);
        for (int frame = 1; frame < frames; frame++)
        {
            using var next = PaintFrame(width, height, frame, frames);
            image.Frames.AddFrame(next.Frames.RootFrame);
        }

        foreach (var frame in image.Frames)
        {
            frame.Metadata.GetGifMetadata().FrameDelay = 8; // hundredths of a second
        }

        image.Metadata.GetGifMetadata().RepeatCount = 0; // loop forever
        return image;
    }

    /// <summary>The ball's centre in frame <paramref name="frame"/>: left to right, bouncing once per two frames.</summary>
    public static (double X, double Y) BallCentre(int width, int height, int frame, int frames)
    {
        double radius = height * 0.12, floor = height * 0.8;
        double x = radius * 1.5 + ((width - (3 * radius)) * frame / Math.Max(1, frames - 1));
        double bounce = Math.Abs(Math.Sin(Math.PI * frame / 2.0));
        return (x, floor - radius - (bounce * height * 0.4));
    }

    private static Image<Rgba32> PaintFrame(int width, int height, int frame, int frames)
    {
        var image = new Image<Rgba32>(width, height);
        var (cx, cy) = BallCentre(width, height, frame, frames);
        double radius = height * 0.12;
        image.ProcessPixelRows(rows =>
        {
            for (int y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (int x = 0; x < width; x++)
                {
                    double dx = x - cx, dy = y - cy;
                    double shine = Math.Sqrt(((dx + (radius * 0.35)) * (dx + (radius * 0.35))) + ((dy + (radius * 0.35)) * (dy + (radius * 0.35))));
                    row[x] = (dx * dx) + (dy * dy) <= radius * radius
                        ? (shine < radius * 0.25 ? Shine : Ball)
                        : y >= height * 0.8 ? Floor : Wall;
                }
            }
        });
        return image;
    }
}
