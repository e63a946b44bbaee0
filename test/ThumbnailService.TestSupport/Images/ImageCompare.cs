using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace ThumbnailService.TestSupport.Images;

/// <summary>PSNR over the R, G and B samples of two images of the same size (infinity when identical).</summary>
internal static class ImageCompare
{
    public static double Psnr(Image<Rgb24> expected, Image<Rgb24> actual)
    {
        Assert.Equal((expected.Width, expected.Height), (actual.Width, actual.Height));
        double sum = 0;
        for (int y = 0; y < expected.Height; y++)
        {
            for (int x = 0; x < expected.Width; x++)
            {
                Rgb24 e = expected[x, y], a = actual[x, y];
                sum += Square(e.R - a.R) + Square(e.G - a.G) + Square(e.B - a.B);
            }
        }

        double mse = sum / (3.0 * expected.Width * expected.Height);
        return mse == 0 ? double.PositiveInfinity : 10 * Math.Log10(255.0 * 255.0 / mse);
    }

    /// <summary>A Lanczos3 resize of a clone to the given size (the pipeline's resampler).</summary>
    /// <summary>Every pixel, row by row: for exact comparisons (<c>Assert.Equal</c> names the first difference).</summary>
    public static Rgb24[] Pixels(Image<Rgb24> image)
    {
        var pixels = new Rgb24[image.Width * image.Height];
        image.CopyPixelDataTo(pixels);
        return pixels;
    }

    public static Image<Rgb24> Resized(Image<Rgb24> image, int width, int height) =>
        image.Clone(ctx => ctx.Resize(width, height, KnownResamplers.Lanczos3));

    private static double Square(int value) => (double)value * value;
}
