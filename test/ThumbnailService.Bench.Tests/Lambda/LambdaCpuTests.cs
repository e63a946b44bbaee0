namespace ThumbnailService.Bench.Tests.Lambda;

public sealed class LambdaCpuTests
{
    [Theory]
    [InlineData(1769, 100_000)]
    [InlineData(512, 28_943)]
    [InlineData(1024, 57_886)]
    [InlineData(3008, 170_040)]
    [InlineData(128, 7_236)]
    public void QuotaMicroseconds_Setting_PeriodTimesMemoryOver1769(int memoryMb, long quota) =>
        Assert.Equal(quota, LambdaCpu.QuotaMicroseconds(memoryMb));

    [Fact]
    public void QuotaMicroseconds_OtherPeriod_Proportional() =>
        Assert.Equal(5_000, LambdaCpu.QuotaMicroseconds(1769, 5_000));

    [Fact]
    public void QuotaMicroseconds_BelowKernelMinimum_OneMillisecond() =>
        Assert.Equal(1_000, LambdaCpu.QuotaMicroseconds(128, 10_000));

    [Fact]
    public void Vcpus_AboveOneVcpu_MoreThanOne() =>
        Assert.Equal(3008 / 1769.0, LambdaCpu.Vcpus(3008), 10);

    [Fact]
    public void LargestReproducibleMb_TwoCores_TwiceOneVcpu() =>
        Assert.Equal(3538, LambdaCpu.LargestReproducibleMb(2));

    [Theory]
    [InlineData(512, "0.29 of one core")]
    [InlineData(3008, "1.70 vCPU: 1 core + 0.70 of a second")]
    public void Describe_Setting_SaysHowMuchOfACore(int memoryMb, string expected) =>
        Assert.StartsWith(expected, LambdaCpu.Describe(memoryMb), StringComparison.Ordinal);
}
