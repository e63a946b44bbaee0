using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ThumbnailService.TestSupport.Images;

/// <summary>Colour comparisons tolerant of lossy encoding.</summary>
internal static class ColourAssert
{
    public static void Near(Rgba32 expected, Rgba32 actual, int tolerance = 40)
    {
        bool near = Math.Abs(expected.R - actual.R) <= tolerance
            && Math.Abs(expected.G - actual.G) <= tolerance
            && Math.Abs(expected.B - actual.B) <= tolerance
            && Math.Abs(expected.A - actual.A) <= tolerance;
        Assert.True(near, $"expected about {expected}, got {actual}");
    }

    /// <summary>Checks the centre of each quadrant: red top-left, green top-right, blue bottom-left, yellow bottom-right.</summary>
    public static void Quadrants(Image<Rgba32> image)
    {
        int qx = image.Width / 4, qy = image.Height / 4;
        Near(TestImages.Red, image[qx, qy]);
        Near(TestImages.Green, image[image.Width - 1 - qx, qy]);
        Near(TestImages.Blue, image[qx, image.Height - 1 - qy]);
        Near(TestImages.Yellow, image[image.Width - 1 - qx, image.Height - 1 - qy]);
    }
}
