using ThumbnailService.Local.Commands;
using ThumbnailService.Local.Commands.Poll;

namespace ThumbnailService.Local.Tests.Queue;

public sealed class PollArgumentsTests
{
    private static readonly string Bootstrap = typeof(PollArgumentsTests).Assembly.Location; // any existing file

    [Fact]
    public void Parse_QueueUrlOnly_TakesLambdasDefaults()
    {
        var parsed = PollArguments.Parse(["--queue-url", "http://q"], Bootstrap);

        Assert.Equal((10, 20, "thumbnail", TimeSpan.FromSeconds(30)), (parsed.BatchSize, parsed.WaitSeconds, parsed.Handler, parsed.Timeout));
    }

    [Theory]
    [InlineData(new string[0], "--queue-url is required")]
    [InlineData(new[] { "--queue-url", "q", "--batch-size", "11" }, "--batch-size")]
    [InlineData(new[] { "--queue-url", "q", "--handler", "resize" }, "unknown handler")]
    public void Parse_BadUsage_SaysWhat(string[] arguments, string expected)
    {
        var error = Assert.Throws<UsageException>(() => PollArguments.Parse(arguments, Bootstrap));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
