using ThumbnailService.Bench.Commands;

namespace ThumbnailService.Bench.Tests.Commands;

public sealed class BenchCommandLambdaTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("thumbs-bench-lambda-test-").FullName;

    [Fact]
    public async Task RunAsync_NoCgroupController_SaysUnthrottledBeforeAnythingElse()
    {
        var (exitCode, error) = await RunAsync("--lambda", "--cgroup-root", _root, "--bootstrap", Path.Combine(_root, "no-bootstrap"));

        var lines = error.Split('\n');
        Assert.StartsWith($"bench --lambda: UNTHROTTLED: {Path.Combine(_root, "cpu")} is not a cgroup v1 cpu controller", lines[0], StringComparison.Ordinal);
        Assert.Contains("Every setting runs with the whole machine", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"bench --lambda: no bootstrap at '{Path.Combine(_root, "no-bootstrap")}'", lines[1], StringComparison.Ordinal);
        Assert.Equal(1, exitCode);
    }

    [Fact]
    public async Task RunAsync_LambdaWithWarmOption_UsageError() =>
        Assert.Contains(
            "unknown option '--tools'",
            (await Assert.ThrowsAsync<UsageException>(() => RunAsync("--lambda", "--tools", "ours"))).Message,
            StringComparison.Ordinal);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static async Task<(int ExitCode, string Error)> RunAsync(params string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await new BenchCommand().RunAsync(arguments, new CommandConsole(output, error), CancellationToken.None);
        return (exitCode, error.ToString());
    }
}
