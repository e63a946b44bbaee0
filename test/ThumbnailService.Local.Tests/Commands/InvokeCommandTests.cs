using ThumbnailService.Local.Commands;
using ThumbnailService.Local.Tests.Emulator;

namespace ThumbnailService.Local.Tests.Commands;

/// <summary>`thumbs invoke` through the dispatcher, with the bash+curl echo runtime as the bootstrap.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class InvokeCommandTests : IDisposable
{
    private readonly string _bootstrap = EchoRuntimeScript.WriteToTempDirectory();
    private readonly string _directory;

    public InvokeCommandTests() => _directory = Path.GetDirectoryName(_bootstrap)!;

    [RequiresFact("bash", "curl")]
    public async Task RunAsync_EchoFunction_PrintsResponseOnStdoutAndReportAfterLogs()
    {
        var eventFile = Write("event.json", """{"Records":[]}""");
        var envFile = Write("env.json", """{"Parameters":{"A":"1"}}""");

        var (exitCode, output, error) = await RunAsync("invoke", eventFile, "--env-vars", envFile, "--bootstrap", _bootstrap);

        Assert.Equal(0, exitCode);
        Assert.Equal("""{"Records":[]}""", output.Trim());
        Assert.Contains("init handler=thumbnail memory=1024", error, StringComparison.Ordinal);
        Assert.True(error.IndexOf("END RequestId", StringComparison.Ordinal) < error.IndexOf("REPORT RequestId", StringComparison.Ordinal));
    }

    [RequiresFact("bash", "curl")]
    public async Task RunAsync_FunctionTimesOut_ExitsOneWithErrorJson()
    {
        var eventFile = Write("sleep.json", "\"sleep\"");

        var (exitCode, output, _) = await RunAsync("invoke", eventFile, "--timeout", "0.5", "--bootstrap", _bootstrap);

        Assert.Equal(1, exitCode);
        Assert.Contains("Sandbox.Timedout", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("invoke")]
    [InlineData("invoke", "missing.json", "--bootstrap", "/b")]
    [InlineData("frobnicate")]
    public async Task RunAsync_BadUsage_ExitsTwoWithMessage(params string[] arguments)
    {
        var (exitCode, _, error) = await RunAsync(arguments);

        Assert.Equal(2, exitCode);
        Assert.Contains("usage:", error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CommandDispatcher.RunAsync([new InvokeCommand()], arguments, new CommandConsole(output, error), CancellationToken.None);
        return (exitCode, output.ToString(), error.ToString());
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }
}
