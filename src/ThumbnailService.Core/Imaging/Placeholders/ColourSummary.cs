using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ThumbnailService.Core.Imaging.Placeholders;

/// <summary>
/// An image's average colour (alpha-weighted mean) and dominant colour: pixels go into a coarse histogram of
/// <see cref="BinsPerChannel"/> bins per channel, weighted by alpha; the dominant colour is the mean of the fullest bin,
/// so a picture that is mostly one colour answers that colour even when small areas are far brighter.
/// </summary>
public static class ColourSummary
{
    public const int BinsPerChannel = 8;
    private const int Shift = 5; // 256 / 8 levels per bin

    /// <returns>RGB as 0xRRGGBB; black for an image with no opaque pixel at all.</returns>
    public static (uint Average, uint Dominant) Of(Image<Rgba32> image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var bins = new double[BinsPerChannel * BinsPerChannel * BinsPerChannel * 4]; // weight, r, g, b sums per bin
        double weight = 0, r = 0, g = 0, b = 0;
        image.ProcessPixelRows(accessor =>
        {
            for (int y = 0; y < accessor.Height; y++)
            {
                foreach (Rgba32 pixel in accessor.GetRowSpan(y))
                {
                    double alpha = pixel.A / 255.0;
                    int bin = 4 * ((((pixel.R >> Shift) * BinsPerChannel) + (pixel.G >> Shift)) * BinsPerChannel + (pixel.B >> Shift));
                    bins[bin] += alpha;
                    bins[bin + 1] += alpha * pixel.R;
                    bins[bin + 2] += alpha * pixel.G;
                    bins[bin + 3] += alpha * pixel.B;
                    weight += alpha;
                    r += alpha * pixel.R;
                    g += alpha * pixel.G;
                    b += alpha * pixel.B;
                }
            }
        });
        int fullest = 0;
        for (int bin = 4; bin < bins.Length; bin += 4)
        {
            fullest = bins[bin] > bins[fullest] ? bin : fullest;
        }

        return (Rgb(weight, r, g, b), Rgb(bins[fullest], bins[fullest + 1], bins[fullest + 2], bins[fullest + 3]));
    }

    /// <summary><c>#rrggbb</c>, lower case.</summary>
    public static string Hex(uint rgb) => $"#{rgb:x6}";

    private static uint Rgb(double weight, double r, double g, double b) => weight <= 0 ? 0 : (Channel(r / weight) << 16) | (Channel(g / weight) << 8) | Channel(b / weight);

    private static uint Channel(double value) => (uint)Math.Clamp(Math.Round(value), 0, 255);
}
