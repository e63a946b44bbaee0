using ThumbnailService.Local.Emulator;

namespace ThumbnailService.Local.Tests.Emulator;

public sealed class PlatformLogTests
{
    [Fact]
    public void FormatReport_WithInitDuration_MatchesLambdaLayout()
    {
        var result = new InvocationResult(
            "abc", InvocationStatus.Succeeded, ReadOnlyMemory<byte>.Empty, null, null,
            TimeSpan.FromMilliseconds(101.601), TimeSpan.FromMilliseconds(0.354), 66);

        var line = PlatformLog.FormatReport(result, 1024);

        Assert.Equal(
            "REPORT RequestId: abc\tInit Duration: 0.35 ms\tDuration: 101.60 ms\tBilled Duration: 102 ms\tMemory Size: 1024 MB\tMax Memory Used: 66 MB",
            line);
    }

    [Fact]
    public void FormatReport_WithoutInitDuration_OmitsIt()
    {
        var result = new InvocationResult(
            "abc", InvocationStatus.Succeeded, ReadOnlyMemory<byte>.Empty, null, null, TimeSpan.FromMilliseconds(2), null, 0);

        Assert.Equal(
            "REPORT RequestId: abc\tDuration: 2.00 ms\tBilled Duration: 2 ms\tMemory Size: 128 MB\tMax Memory Used: 0 MB",
            PlatformLog.FormatReport(result, 128));
    }

    [Theory]
    [InlineData("    1024 kB", 1)]
    [InlineData("    1025 kB", 2)]
    [InlineData(" 65536 kB", 64)]
    public void ParseKilobytesAsMb_VmHwmValue_RoundsUp(string value, int expected) =>
        Assert.Equal(expected, ProcessMemoryReader.ParseKilobytesAsMb(value));
}
