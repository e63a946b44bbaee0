
namespace ThumbnailService.Bench.Tests.Cold;

public sealed class ColdBareRunnerTests
{
    [Theory]
    [InlineData(256, 192, true)]
    [InlineData(192, 256, true)]
    [InlineData(256, 256, true)]
    [InlineData(255, 191, false)]
    [InlineData(512, 384, false)]
    [InlineData(0, 256, false)]
    public void FillsBox_Size_TrueWhenOneSideFillsTheBoxAndTheOtherFits(int width, int height, bool expected) =>
        Assert.Equal(expected, ColdBareRunner.FillsBox(width, height, new BenchPreset("thumb", 256, 256, Cover: false)));
}
