using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ThumbnailService.Bench.Samples;

/// <summary>
/// A landscape photo: sky with a sun, two mountain ridges, a lake that mirrors the sky, a meadow in front. Painted
/// pixel by pixel over <see cref="Scene.Texture"/>, so it is deterministic and needs no font or drawing library.
/// </summary>
internal static class LandscapePainter
{
    private static readonly Rgba32 SkyTop = new(40, 90, 170), SkyLow = new(200, 220, 235), Sun = new(255, 244, 214);
    private static readonly Rgba32 FarRidge = new(110, 125, 160), NearRidge = new(60, 85, 80), Meadow = new(85, 140, 55), Water = new(50, 95, 140);

    public static Image<Rgba32> Paint(int width, int height) =>
        Scene.PaintOverTexture(width, height, 0x2545F491u, 0.18, (u, v) => Pixel(u, v, width / (double)height));

    /// <summary>The scene at (u, v) in 0..1 of the width and height; <paramref name="aspect"/> keeps the sun round.</summary>
    private static Rgba32 Pixel(double u, double v, double aspect)
    {
        double far = 0.40 + (0.07 * Math.Sin((u * 9.1) + 0.5)) + (0.03 * Math.Sin(u * 23.0));
        double near = 0.52 + (0.05 * Math.Sin((u * 5.3) + 2.0)) + (0.015 * Math.Sin(u * 41.0));
        double shore = 0.66 + (0.02 * Math.Sin(u * 7.0));
        if (v < far)
        {
            return Sky(u, v, aspect, far);
        }

        if (v < near)
        {
            return Scene.Mix(FarRidge, Scene.Mix(SkyLow, NearRidge, 0.3), (v - far) * 4);
        }

        if (v < shore)
        {
            return Scene.Mix(NearRidge, Meadow, (v - near) * 3);
        }

        // The lake mirrors the sky above the shore line; the meadow takes over towards the bottom edge.
        var mirrored = Scene.Mix(Sky(u, (2 * shore) - v - 0.28, aspect, far), Water, 0.45);
        double meadow = Scene.Edge(v - 0.86 - (0.03 * Math.Sin(u * 11.0)), 0.01);
        return Scene.Mix(mirrored, Scene.Mix(Meadow, new Rgba32(60, 105, 40), (v - 0.86) * 5), meadow);
    }

    private static Rgba32 Sky(double u, double v, double aspect, double horizon)
    {
        var sky = Scene.Mix(SkyTop, SkyLow, Math.Max(0, v) / horizon);
        double dx = (u - 0.72) * aspect, dy = v - 0.22;
        double distance = Math.Sqrt((dx * dx) + (dy * dy));
        var glow = Scene.Mix(sky, Sun, Math.Exp(-distance * 9) * 0.8);
        return Scene.Mix(Sun, glow, Scene.Edge(distance - 0.06, 0.004));
    }
}
