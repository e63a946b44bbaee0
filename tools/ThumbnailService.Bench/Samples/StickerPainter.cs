using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ThumbnailService.Bench.Samples;

/// <summary>
/// A square sticker with transparency: a soft drop shadow, an orange-to-magenta disc with a white ring, and a
/// half-transparent window in its middle. Opaque, partly transparent and fully transparent pixels all occur.
/// </summary>
internal static class StickerPainter
{
    private static readonly Rgba32 Clear = new(0, 0, 0, 0), Shadow = new(0, 0, 0, 110);
    private static readonly Rgba32 Orange = new(255, 150, 20), Magenta = new(200, 30, 140), Ring = new(255, 255, 255), Window = new(255, 255, 255, 110);

    public static Image<Rgba32> Paint(int size)
    {
        var image = new Image<Rgba32>(size, size);
        image.ProcessPixelRows(rows =>
        {
            for (int y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (int x = 0; x < size; x++)
                {
                    row[x] = Pixel((x + 0.5) / size, (y + 0.5) / size, 1.0 / size);
                }
            }
        });
        return image;
    }

    private static Rgba32 Pixel(double u, double v, double pixel)
    {
        double r = Distance(u, v, 0.48, 0.48);
        double shadowR = Distance(u, v, 0.52, 0.53);
        var shadow = Scene.Mix(Shadow, Clear, Scene.Edge(shadowR - 0.40, 0.05));
        var disc = Scene.Mix(Orange, Magenta, (u + v) / 2);
        disc = Scene.Mix(disc, Ring, 1 - Scene.Edge(Math.Abs(r - 0.36) - 0.018, 2 * pixel));
        disc = Scene.Mix(Window, disc, Scene.Edge(r - 0.16, 2 * pixel));
        return Over(disc, shadow, 1 - Scene.Edge(r - 0.40, 2 * pixel));
    }

    /// <summary><paramref name="top"/> with its coverage <paramref name="cover"/> composited over <paramref name="bottom"/> (straight alpha).</summary>
    private static Rgba32 Over(Rgba32 top, Rgba32 bottom, double cover)
    {
        double ta = top.A / 255.0 * cover, ba = bottom.A / 255.0;
        double a = ta + (ba * (1 - ta));
        if (a <= 0)
        {
            return Clear;
        }

        byte Channel(byte t, byte b) => (byte)Math.Round(((t * ta) + (b * ba * (1 - ta))) / a);
        return new Rgba32(Channel(top.R, bottom.R), Channel(top.G, bottom.G), Channel(top.B, bottom.B), (byte)Math.Round(a * 255));
    }

    private static double Distance(double u, double v, double cx, double cy) => Math.Sqrt(((u - cx) * (u - cx)) + ((v - cy) * (v - cy)));
}
