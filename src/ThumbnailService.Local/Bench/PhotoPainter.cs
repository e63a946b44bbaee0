using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ThumbnailService.Local.Bench;

/// <summary>
/// Paints photo-like pixels: smooth separable gradients per channel plus fine noise, so JPEG and WebP compress them
/// about as they compress camera photos (not as flat colour). Deterministic for a given size.
/// </summary>
internal static class PhotoPainter
{
    public static Image<Rgba32> Paint(int width, int height, bool alpha)
    {
        var image = new Image<Rgba32>(width, height);
        var columns = Wave(width, 3.1, 0.7);
        var rows = Wave(height, 2.3, 1.9);
        uint state = 0x9E3779B9u ^ (uint)(width * 31 + height);
        image.ProcessPixelRows(accessor =>
        {
            for (int y = 0; y < accessor.Height; y++)
            {
                Span<Rgba32> row = accessor.GetRowSpan(y);
                for (int x = 0; x < row.Length; x++)
                {
                    state ^= state << 13;
                    state ^= state >> 17;
                    state ^= state << 5;
                    int noise = (int)(state & 31) - 16;
                    double smooth = columns[x] + rows[y];
                    row[x] = new Rgba32(
                        Clamp(128 + smooth * 60 + noise),
                        Clamp(118 + (columns[x] - rows[y]) * 50 + (noise >> 1)),
                        Clamp(100 + rows[y] * 70 - noise),
                        alpha ? Clamp(255 - Math.Abs(columns[x]) * 200) : (byte)255);
                }
            }
        });
        return image;
    }

    /// <summary>Values in about [-1, 1] varying slowly along one axis.</summary>
    private static double[] Wave(int length, double cycles, double phase)
    {
        var values = new double[length];
        for (int i = 0; i < length; i++)
        {
            double t = i / (double)length;
            values[i] = 0.6 * Math.Sin((2 * Math.PI * cycles * t) + phase) + 0.4 * Math.Cos(2 * Math.PI * cycles * 2.7 * t * t);
        }

        return values;
    }

    private static byte Clamp(double value) => (byte)Math.Clamp((int)value, 0, 255);
}
