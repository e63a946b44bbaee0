using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Presets;

namespace ThumbnailService.Codecs.Tests.Jpeg;

public sealed class JpegScaleChooserTests
{
    [Theory]
    [InlineData(4000, 3000, 1, 256, 256, FitMode.Inside, 8)]   // 500x375 covers 256x192
    [InlineData(4000, 3000, 1, 1024, 1024, FitMode.Inside, 2)] // 1000x750 < 1024x768; 2000x1500 covers it
    [InlineData(4096, 3072, 1, 512, 512, FitMode.Inside, 8)]   // exactly 512x384
    [InlineData(4097, 3073, 1, 512, 512, FitMode.Inside, 8)]   // ceil: 513x385
    [InlineData(4000, 1000, 1, 128, 128, FitMode.Cover, 4)]    // cover resizes to 512x128; 500x125 is too small
    [InlineData(4000, 1000, 1, 1000, 500, FitMode.Inside, 4)]  // 1000x250 needed
    [InlineData(4000, 1000, 6, 1000, 500, FitMode.Inside, 8)]  // upright 1000x4000 -> 125x500, stored 500x125
    [InlineData(300, 200, 1, 1000, 1000, FitMode.Inside, 1)]   // never upscaled: the source itself is needed
    [InlineData(300, 200, 1, 100, 100, FitMode.Cover, 2)]      // cover resizes to 150x100: 1/2 gives exactly that
    public void Denominator_Preset_IsLargestScaleCoveringThePlan(int width, int height, int orientation, int boxW, int boxH, FitMode fit, int expected)
    {
        int d = JpegScaleChooser.Denominator(width, height, orientation, [new Preset("p", boxW, boxH, fit)]);

        Assert.Equal(expected, d);
    }

    [Fact]
    public void Denominator_SeveralPresets_IsDecidedByTheLargest()
    {
        Preset[] presets = [new("s", 128, 128, FitMode.Cover), new("l", 1024, 1024, FitMode.Inside), new("m", 512, 512, FitMode.Inside)];

        Assert.Equal(2, JpegScaleChooser.Denominator(4000, 3000, 1, presets));
    }
}
