using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ThumbnailService.Bench.Corpus;

/// <summary>
/// Paints photo-like pixels: smooth separable gradients per channel plus fine noise, so JPEG and WebP compress them
/// about as they compress camera photos (not as flat colour). Deterministic for a given size. The one painter of the
/// bench corpus and of the micro-benchmarks (tools/ThumbnailService.Benchmarks).
/// </summary>
internal static class PhotoPainter
{
    public static Image<Rgba32> Paint(int width, int height, bool alpha) => Paint<Rgba32>(Configuration.Default, width, height, alpha);

    public static Image<TPixel> Paint<TPixel>(Configuration configuration, int width, int height, bool alpha)
        where TPixel : unmanaged, IPixel<TPixel>
    {
        var image = new Image<TPixel>(configuration, width, height);
        double[] columns = Wave(width, 3.1, 0.7), rows = Wave(height, 2.3, 1.9);
        uint state = 0x9E3779B9u ^ (uint)((width * 31) + height);
        var rgba = new Rgba32[width];
        image.ProcessPixelRows(accessor =>
        {
            for (int y = 0; y < accessor.Height; y++)
            {
                for (int x = 0; x < width; x++)
                {
                    state ^= state << 13;
                    state ^= state >> 17;
                    state ^= state << 5;
                    int noise = (int)(state & 31) - 16;
                    rgba[x] = new Rgba32(
                        Clamp(128 + ((columns[x] + rows[y]) * 60) + noise),
                        Clamp(118 + ((columns[x] - rows[y]) * 50) + (noise >> 1)),
                        Clamp(100 + (rows[y] * 70) - noise),
                        alpha ? Clamp(255 - (Math.Abs(columns[x]) * 200)) : (byte)255);
                }

                Span<TPixel> row = accessor.GetRowSpan(y);
                for (int x = 0; x < width; x++)
                {
                    row[x].FromRgba32(rgba[x]);
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
            values[i] = (0.6 * Math.Sin((2 * Math.PI * cycles * t) + phase)) + (0.4 * Math.Cos(2 * Math.PI * cycles * 2.7 * t * t));
        }

        return values;
    }

    private static byte Clamp(double value) => (byte)Math.Clamp((int)value, 0, 255);
}
