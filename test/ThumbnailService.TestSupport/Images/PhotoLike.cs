using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ThumbnailService.TestSupport.Images;

/// <summary>Deterministic photo-like test images: smooth gradients, fine stripes, hard-edged discs and sensor-like noise.</summary>
internal static class PhotoLike
{
    public static Image<Rgb24> Create(int width, int height, int seed = 1)
    {
        var random = new Random(seed);
        var image = new Image<Rgb24>(width, height);
        double cx = width * 0.37, cy = height * 0.61, radius = Math.Min(width, height) * 0.23;
        image.ProcessPixelRows(rows =>
        {
            for (int y = 0; y < height; y++)
            {
                Span<Rgb24> row = rows.GetRowSpan(y);
                for (int x = 0; x < width; x++)
                {
                    row[x] = Pixel(x, y, width, height, cx, cy, radius, random);
                }
            }
        });
        return image;
    }

    private static Rgb24 Pixel(int x, int y, int width, int height, double cx, double cy, double radius, Random random)
    {
        double fx = (double)x / width, fy = (double)y / height;
        double r = (200 * fx) + (40 * Math.Sin(y * 0.02));
        double g = (180 * fy) + (50 * Math.Sin((x + y) * 0.03));
        double b = 120 + (90 * Math.Sin(x * 0.05) * Math.Cos(y * 0.013));
        double dx = x - cx, dy = y - cy;
        if ((dx * dx) + (dy * dy) < radius * radius)
        {
            (r, g, b) = (230 - (r / 4), 40 + (g / 5), 60);
        }

        int noise = random.Next(-8, 9);
        return new Rgb24(Byte(r + noise), Byte(g + noise), Byte(b + noise));
    }

    private static byte Byte(double value) => (byte)Math.Clamp((int)Math.Round(value), 0, 255);
}
