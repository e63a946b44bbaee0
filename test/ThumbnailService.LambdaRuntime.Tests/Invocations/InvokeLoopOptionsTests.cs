using ThumbnailService.LambdaRuntime.Invocations;

namespace ThumbnailService.LambdaRuntime.Tests.Invocations;

public sealed class InvokeLoopOptionsTests
{
    [Theory]
    [InlineData(3_000, 500)]
    [InlineData(8_000, 800)]
    [InlineData(30_000, 2_000)]
    [InlineData(900_000, 2_000)]
    [InlineData(100, 500)]
    public void SafetyMarginFor_Default_TenPercentBetweenHalfAndTwoSeconds(int remainingMs, int expectedMs)
    {
        var margin = new InvokeLoopOptions().SafetyMarginFor(TimeSpan.FromMilliseconds(remainingMs));

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), margin);
    }

    [Fact]
    public void SafetyMarginFor_Configured_UsesIt()
    {
        var margin = new InvokeLoopOptions { DeadlineSafetyMargin = TimeSpan.FromMilliseconds(250) }.SafetyMarginFor(TimeSpan.FromSeconds(60));

        Assert.Equal(TimeSpan.FromMilliseconds(250), margin);
    }
}
