using ThumbnailService.Local.Bench;
using ThumbnailService.Local.Commands;

namespace ThumbnailService.Local.Tests.Bench;

public sealed class BenchArgumentsTests
{
    [Fact]
    public void Parse_Nothing_SevenRunsEveryToolDefaultJson()
    {
        var parsed = BenchArguments.Parse([]);

        Assert.Equal(7, parsed.Runs);
        Assert.Equal(BenchArguments.KnownTools, parsed.Tools);
        Assert.Equal("bench-results.json", parsed.JsonPath);
        Assert.False(parsed.Cold);
    }

    [Fact]
    public void Parse_ColdWithRuns_OwnJsonFile()
    {
        var parsed = BenchArguments.Parse(["--cold", "--runs", "3"]);

        Assert.Equal((true, 3, "bench-cold.json"), (parsed.Cold, parsed.Runs, parsed.JsonPath));
    }

    [Theory]
    [InlineData("--runs", "0", "--runs '0'")]
    [InlineData("--tools", "ours,gimp", "unknown tool 'gimp'")]
    [InlineData("--images", "/no/such/folder", "is not a folder")]
    public void Parse_BadValue_UsageError(string option, string value, string message) =>
        Assert.Contains(message, Assert.Throws<UsageException>(() => BenchArguments.Parse([option, value])).Message, StringComparison.Ordinal);
}
