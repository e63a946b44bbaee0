using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.Core.Imaging.Placeholders;
using ThumbnailService.TestSupport.Images;

namespace ThumbnailService.Core.Tests.Imaging.Placeholders;

public sealed class ColourSummaryTests
{
    [Theory]
    [InlineData(70, 0x1E50C8u)] // blue covers 70%
    [InlineData(30, 0xDC3C28u)] // blue covers 30%: red is the larger area
    public void Of_TwoColours_DominantIsTheLargerArea(int bluePercent, uint expected)
    {
        using var image = TwoColours(100, 40, bluePercent);

        var (_, dominant) = ColourSummary.Of(image);

        Assert.Equal(ColourSummary.Hex(expected), ColourSummary.Hex(dominant));
    }

    [Fact]
    public void Of_TwoColours_AverageIsTheAreaWeightedMean()
    {
        using var image = TwoColours(100, 40, 70);

        var (average, _) = ColourSummary.Of(image);

        // 0.7 * (30, 80, 200) + 0.3 * (220, 60, 40) = (87, 74, 152)
        Assert.Equal("#574a98", ColourSummary.Hex(average));
    }

    [Fact]
    public void Of_SmallBrightSpotOnDarkField_DominantStaysTheField()
    {
        using var image = new Image<Rgba32>(50, 50, new Rgba32(20, 20, 20)).Paint(0, 0, 10, 10, new Rgba32(255, 255, 255));

        var (average, dominant) = ColourSummary.Of(image);

        Assert.Equal("#141414", ColourSummary.Hex(dominant));
        Assert.NotEqual(dominant, average);
    }

    [Fact]
    public void Of_TransparentPixels_CountForNothing()
    {
        using var image = new Image<Rgba32>(10, 10, new Rgba32(255, 255, 255, 0)).Paint(0, 0, 2, 2, new Rgba32(0, 128, 0));

        var (average, dominant) = ColourSummary.Of(image);

        Assert.Equal(("#008000", "#008000"), (ColourSummary.Hex(average), ColourSummary.Hex(dominant)));
    }

    private static Image<Rgba32> TwoColours(int width, int height, int bluePercent)
    {
        return new Image<Rgba32>(width, height, new Rgba32(220, 60, 40)).Paint(0, 0, width * bluePercent / 100, height, new Rgba32(30, 80, 200));
    }
}
