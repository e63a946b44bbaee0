using ThumbnailService.Local.Commands;

namespace ThumbnailService.Local.Tests.Commands;

public sealed class InvokeArgumentsTests
{
    [Fact]
    public void Parse_EventFileOnly_DefaultsToThumbnailAndEnvironmentBootstrap()
    {
        var parsed = InvokeArguments.Parse(["events/put.json"], "/build/bootstrap");

        Assert.Equal("events/put.json", parsed.EventFile);
        Assert.Equal("thumbnail", parsed.Handler);
        Assert.Equal("ThumbnailFunction", parsed.LogicalId);
        Assert.Equal("/build/bootstrap", parsed.BootstrapPath);
        Assert.Null(parsed.EnvVarsFile);
    }

    [Fact]
    public void Parse_AllOptions_Applied()
    {
        var parsed = InvokeArguments.Parse(
            ["-n", "env.json", "e.json", "--handler", "cleanup", "--timeout", "2.5", "--memory", "512", "--bootstrap", "/b"],
            "/ignored");

        Assert.Equal("env.json", parsed.EnvVarsFile);
        Assert.Equal("CleanupFunction", parsed.LogicalId);
        Assert.Equal(TimeSpan.FromSeconds(2.5), parsed.Timeout);
        Assert.Equal(512, parsed.MemorySizeMb);
        Assert.Equal("/b", parsed.BootstrapPath);
    }

    [Fact]
    public void Parse_FunctionOption_WinsOverHandlerMapping() =>
        Assert.Equal("MyFunction", InvokeArguments.Parse(["e.json", "--handler", "custom", "--function", "MyFunction"], "/b").LogicalId);

    [Theory]
    [InlineData(new string[0], "EVENT_FILE is missing")]
    [InlineData(new[] { "a.json", "b.json" }, "expected one EVENT_FILE")]
    [InlineData(new[] { "e.json", "--bogus" }, "unknown option '--bogus'")]
    [InlineData(new[] { "e.json", "--timeout" }, "needs a value")]
    [InlineData(new[] { "e.json", "--timeout", "0" }, "--timeout must be a number above 0")]
    [InlineData(new[] { "e.json", "--memory", "lots" }, "--memory must be a number")]
    [InlineData(new[] { "e.json", "--handler", "resize" }, "unknown handler 'resize'")]
    public void Parse_BadUsage_ThrowsUsageException(string[] arguments, string expected)
    {
        var error = Assert.Throws<UsageException>(() => InvokeArguments.Parse(arguments, "/b"));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoBootstrapAnywhere_ThrowsNamingTheVariable()
    {
        var error = Assert.Throws<UsageException>(() => InvokeArguments.Parse(["e.json"], null));

        Assert.Contains("THUMBS_BOOTSTRAP", error.Message, StringComparison.Ordinal);
    }
}
