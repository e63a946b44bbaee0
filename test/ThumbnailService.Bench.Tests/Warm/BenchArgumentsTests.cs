using ThumbnailService.Local.Commands;

namespace ThumbnailService.Bench.Tests.Warm;

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
        Assert.False(parsed.Duplicate);
    }

    [Fact]
    public void Parse_ColdWithRuns_OwnJsonFile()
    {
        var parsed = BenchArguments.Parse(["--cold", "--runs", "3"]);

        Assert.Equal((true, 3, "bench-cold.json"), (parsed.Cold, parsed.Runs, parsed.JsonPath));
    }

    [Fact]
    public void Parse_DuplicateWithRuns_OwnJsonFile()
    {
        var parsed = BenchArguments.Parse(["--duplicate", "--runs", "5"]);

        Assert.Equal((true, false, 5, "bench-duplicate.json"), (parsed.Duplicate, parsed.Cold, parsed.Runs, parsed.JsonPath));
    }

    [Fact]
    public void Parse_DuplicateWithJson_KeepsGivenFile() =>
        Assert.Equal("dup.json", BenchArguments.Parse(["--duplicate", "--json", "dup.json"]).JsonPath);

    [Theory]
    [InlineData("--cold", "--duplicate")]
    [InlineData("--duplicate", "--cold")]
    public void Parse_DuplicateAndCold_UsageError(string first, string second) =>
        Assert.Contains(
            "--cold and --duplicate are separate benches",
            Assert.Throws<UsageException>(() => BenchArguments.Parse([first, second])).Message,
            StringComparison.Ordinal);

    [Theory]
    [InlineData("--runs", "0", "--runs '0'")]
    [InlineData("--tools", "ours,gimp", "unknown tool 'gimp'")]
    [InlineData("--images", "/no/such/folder", "is not a folder")]
    public void Parse_BadValue_UsageError(string option, string value, string message) =>
        Assert.Contains(message, Assert.Throws<UsageException>(() => BenchArguments.Parse([option, value])).Message, StringComparison.Ordinal);
}
