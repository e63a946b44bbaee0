using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Presets;

namespace ThumbnailService.Core.Tests.Imaging;

public sealed class ThumbnailSizerTests
{
    [Theory]
    [InlineData(4000, 3000, 256, 256, 256, 192)]
    [InlineData(3000, 4000, 256, 256, 192, 256)]
    [InlineData(1000, 1000, 300, 200, 200, 200)]
    [InlineData(100, 50, 256, 256, 100, 50)] // smaller than the box: untouched
    [InlineData(1, 60000, 256, 256, 1, 256)] // extreme aspect: at least 1 px
    [InlineData(60000, 1, 256, 256, 256, 1)]
    [InlineData(1, 1, 256, 256, 1, 1)]
    [InlineData(1001, 333, 100, 100, 100, 33)]
    public void Plan_Inside_FitsInBoxKeepingAspect(int sw, int sh, int bw, int bh, int ew, int eh)
    {
        ThumbnailPlan plan = ThumbnailSizer.Plan(sw, sh, bw, bh, FitMode.Inside);

        Assert.Equal((ew, eh), (plan.Width, plan.Height));
        Assert.Equal((ew, eh), (plan.ResizeWidth, plan.ResizeHeight));
        Assert.False(plan.NeedsCrop);
    }

    [Theory]
    [InlineData(4000, 3000, 256, 256, 341, 256, 42, 0)]
    [InlineData(3000, 4000, 256, 256, 256, 341, 0, 42)]
    [InlineData(4000, 3000, 400, 100, 400, 300, 0, 100)]
    public void Plan_Cover_ResizesToCoverThenCropsCentre(int sw, int sh, int bw, int bh, int rw, int rh, int cx, int cy)
    {
        ThumbnailPlan plan = ThumbnailSizer.Plan(sw, sh, bw, bh, FitMode.Cover);

        Assert.Equal(new ThumbnailPlan(rw, rh, cx, cy, bw, bh), plan);
    }

    [Theory]
    [InlineData(100, 50, 256, 256, 100, 50, 0, 0)] // smaller in both: untouched
    [InlineData(1, 60000, 256, 256, 1, 256, 0, 29872)] // narrower than the box: crop the height only, centred
    [InlineData(300, 100, 256, 256, 256, 100, 22, 0)]
    [InlineData(256, 1000, 256, 256, 256, 256, 0, 372)]
    public void Plan_CoverWithSourceSmallerThanBox_CropsWithoutUpscaling(int sw, int sh, int bw, int bh, int ew, int eh, int cx, int cy)
    {
        ThumbnailPlan plan = ThumbnailSizer.Plan(sw, sh, bw, bh, FitMode.Cover);

        Assert.Equal((sw, sh), (plan.ResizeWidth, plan.ResizeHeight));
        Assert.Equal((ew, eh, cx, cy), (plan.Width, plan.Height, plan.CropX, plan.CropY));
    }

    [Theory]
    [InlineData(FitMode.Inside, 1)]
    [InlineData(FitMode.Inside, 7)]
    [InlineData(FitMode.Cover, 3)]
    [InlineData(FitMode.Cover, 9)]
    public void Plan_NeverExceedsSourceOrBox(FitMode fit, int seed)
    {
        var random = new Random(seed);
        for (int i = 0; i < 2000; i++)
        {
            int sw = random.Next(1, 5000), sh = random.Next(1, 5000), bw = random.Next(1, 1200), bh = random.Next(1, 1200);

            ThumbnailPlan plan = ThumbnailSizer.Plan(sw, sh, bw, bh, fit);

            Assert.InRange(plan.ResizeWidth, 1, sw);
            Assert.InRange(plan.ResizeHeight, 1, sh);
            Assert.InRange(plan.Width, 1, Math.Min(bw, plan.ResizeWidth));
            Assert.InRange(plan.Height, 1, Math.Min(bh, plan.ResizeHeight));
            Assert.InRange(plan.CropX, 0, plan.ResizeWidth - plan.Width);
            Assert.InRange(plan.CropY, 0, plan.ResizeHeight - plan.Height);
        }
    }

    [Theory]
    [InlineData(1, 4000, 3000, 133, 100)]
    [InlineData(3, 4000, 3000, 133, 100)]
    [InlineData(6, 4000, 3000, 100, 75)] // upright 3000x4000 fits as 75x100; planned in stored space
    [InlineData(8, 4000, 3000, 100, 75)]
    [InlineData(5, 3000, 4000, 100, 133)] // upright 4000x3000 fits as 133x100
    public void PlanStored_TransposingOrientation_SwapsTheBox(int orientation, int sw, int sh, int ew, int eh)
    {
        var preset = new Preset("banner", 400, 100, FitMode.Inside);

        ThumbnailPlan plan = ThumbnailSizer.PlanStored(sw, sh, orientation, preset);

        Assert.Equal((ew, eh), (plan.Width, plan.Height));
    }

    [Fact]
    public void PlanStored_CoverWithTransposingOrientation_CropsTheUprightBox()
    {
        var preset = new Preset("wide", 400, 100, FitMode.Cover);

        ThumbnailPlan plan = ThumbnailSizer.PlanStored(3000, 4000, 6, preset); // upright 4000x3000

        Assert.Equal(new ThumbnailPlan(300, 400, 100, 0, 100, 400), plan);
    }

    [Theory]
    [InlineData(0, 10, 10, 10)]
    [InlineData(10, 10, 0, 10)]
    public void Plan_NonPositiveSize_Throws(int sw, int sh, int bw, int bh)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ThumbnailSizer.Plan(sw, sh, bw, bh, FitMode.Inside));
    }
}
