using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ThumbnailService.Bench.Samples;

/// <summary>
/// An upright portrait photo: a red-and-white lighthouse on a green headland under a blue sky, so a thumbnail shows at
/// a glance which way is up (sky at the top, ground at the bottom, the lantern above the tower).
/// </summary>
internal static class PortraitPainter
{
    private static readonly Rgba32 SkyTop = new(30, 80, 170), SkyLow = new(170, 205, 235), Grass = new(70, 135, 45);
    private static readonly Rgba32 Red = new(200, 35, 35), White = new(240, 240, 235), Lantern = new(255, 220, 120), Roof = new(40, 40, 45);

    public static Image<Rgba32> Paint(int width, int height) =>
        Scene.PaintOverTexture(width, height, 0x68E31DA4u, 0.15, Pixel);

    private static Rgba32 Pixel(double u, double v)
    {
        double ground = 0.80 - (0.06 * Math.Cos((u - 0.5) * 3.0));
        var background = v < ground
            ? Scene.Mix(SkyTop, SkyLow, v / ground)
            : Scene.Mix(Grass, new Rgba32(45, 95, 30), (v - ground) * 4);
        double centre = Math.Abs(u - 0.5);

        // Tower: tapering from 0.10 of the width at its foot to 0.07 under the lantern, in four red bands.
        if (v is > 0.28 and < 0.84 && centre < 0.07 + ((v - 0.28) * 0.054))
        {
            var band = (int)((v - 0.28) / 0.07) % 2 == 0 ? Red : White;
            return Scene.Mix(band, Roof, centre * 2.2); // darker towards its sides, as if lit from the front
        }

        if (v is > 0.20 and <= 0.28 && centre < 0.06)
        {
            return Lantern;
        }

        // Roof: a triangle above the lantern.
        return v is > 0.14 and <= 0.20 && centre < (v - 0.14) * 1.3 ? Roof : background;
    }
}
