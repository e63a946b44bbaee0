using System.Text;
using ThumbnailService.Local.Emulator;

namespace ThumbnailService.Local.Tests.Emulator;

/// <summary>
/// The emulator owning a real child process (bash + curl) as the function. Linux only (/proc, bash). Real processes run on
/// the real clock, so every function timeout here is generous: 5 s for a bash script to answer over loopback.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class FunctionProcessTests : IDisposable
{
    private static readonly TimeSpan FunctionTimeout = TimeSpan.FromSeconds(5);
    private readonly string _bootstrap = EchoRuntimeScript.WriteToTempDirectory();

    [RequiresFact("bash", "curl")]
    public async Task InvokeAsync_ManagedProcess_StartsLazilyAndEchoesWithMemoryMeasured()
    {
        await using var session = await StartAsync(FunctionTimeout);
        Assert.False(session.Emulator.IsFunctionRunning);

        var result = await session.Emulator.InvokeAsync("""{"hello":"wörld"}"""u8.ToArray());

        Assert.Equal(InvocationStatus.Succeeded, result.Status);
        Assert.Equal("""{"hello":"wörld"}""", Encoding.UTF8.GetString(result.Response.Span));
        Assert.True(session.Emulator.IsFunctionRunning);
        Assert.NotNull(result.InitDuration);
        Assert.True(result.MaxMemoryUsedMb > 0);
        var log = session.Log.ToString();
        Assert.Contains("init handler=thumbnail memory=256 region=us-east-1", log);
        Assert.Contains($"handling {result.RequestId}", log);
        Assert.True(log.IndexOf($"handling {result.RequestId}", StringComparison.Ordinal) < log.IndexOf("END RequestId", StringComparison.Ordinal));
    }

    [RequiresFact("bash", "curl")]
    public async Task InvokeAsync_ProcessSleepsPastDeadline_KilledThenRestartedOnNextInvoke()
    {
        // The deadline passes for real (the script sleeps 30 s): this test waits the whole timeout once.
        await using var session = await StartAsync(FunctionTimeout);
        await session.Emulator.InvokeAsync("\"warm\""u8.ToArray());

        var timedOut = await session.Emulator.InvokeAsync("\"sleep\""u8.ToArray());
        var runningAfterTimeout = session.Emulator.IsFunctionRunning;
        var next = await session.Emulator.InvokeAsync("\"again\""u8.ToArray());

        Assert.Equal(InvocationStatus.TimedOut, timedOut.Status);
        Assert.Equal("Sandbox.Timedout", timedOut.ErrorType);
        Assert.False(runningAfterTimeout);
        Assert.Equal(InvocationStatus.Succeeded, next.Status);
        Assert.NotNull(next.InitDuration);
        Assert.Equal(2, CountOccurrences(session.Log.ToString(), "init handler="));
    }

    [RequiresFact("bash", "curl")]
    public async Task InvokeAsync_InitError_InitFailedAndProcessExitsNonZero()
    {
        await using var session = await StartAsync(FunctionTimeout, new Dictionary<string, string> { ["FAIL_INIT"] = "1" });

        var result = await session.Emulator.InvokeAsync("{}"u8.ToArray());
        var exitCode = await session.Emulator.WaitForFunctionExitAsync().WaitAsync(HangGuard.Limit);

        Assert.Equal(InvocationStatus.InitFailed, result.Status);
        Assert.Equal("Runtime.ConfigurationError", result.ErrorType);
        Assert.Equal(3, exitCode);
        Assert.Equal(3, session.Emulator.FunctionExitCode);
    }

    [RequiresFact("bash", "curl")]
    public async Task InvokeAsync_ProcessCrashes_RuntimeExitErrorThenRestarts()
    {
        await using var session = await StartAsync(FunctionTimeout);

        var crashed = await session.Emulator.InvokeAsync("\"crash\""u8.ToArray());
        var next = await session.Emulator.InvokeAsync("\"ok\""u8.ToArray());

        Assert.Equal(InvocationStatus.ProcessExited, crashed.Status);
        Assert.Equal("Runtime.ExitError", crashed.ErrorType);
        Assert.Contains("exit status 7", crashed.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(InvocationStatus.Succeeded, next.Status);
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_bootstrap)!, recursive: true);

    private static int CountOccurrences(string text, string value) =>
        (text.Length - text.Replace(value, string.Empty, StringComparison.Ordinal).Length) / value.Length;

    private Task<EmulatorSession> StartAsync(TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null) =>
        EmulatorSession.StartAsync(o => o with
        {
            Timeout = timeout,
            Time = TimeProvider.System, // the emulator waits on the process's output, on this clock
            FunctionProcess = new FunctionProcessOptions(_bootstrap)
            {
                Handler = "thumbnail",
                Environment = environment ?? new Dictionary<string, string>(),
            },
        });
}
