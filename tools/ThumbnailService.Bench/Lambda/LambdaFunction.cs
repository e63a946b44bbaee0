using System.Text;
using ThumbnailService.Aws;
using ThumbnailService.Local.Emulator;

namespace ThumbnailService.Bench.Lambda;

/// <summary>
/// One sandbox of the thumbnail function at one memory setting: the real <c>bootstrap</c> under its own Runtime API
/// emulator (AWS_LAMBDA_FUNCTION_MEMORY_SIZE = the setting, so its GC heap limit matches), started inside the
/// setting's cgroups, default configuration (default presets, format auto, quality 80).
/// </summary>
internal sealed class LambdaFunction : IAsyncDisposable
{
    private readonly RuntimeApiEmulator _emulator;

    private LambdaFunction(int memoryMb, RuntimeApiEmulator emulator)
    {
        MemoryMb = memoryMb;
        _emulator = emulator;
    }

    public int MemoryMb { get; }

    public static async Task<LambdaFunction> StartAsync(
        string bootstrap, int memoryMb, LambdaCgroup? group, IReadOnlyDictionary<string, string> environment, TextWriter? functionLog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var emulator = await RuntimeApiEmulator.StartAsync(
            new EmulatorOptions
            {
                FunctionName = "ThumbnailFunction",
                Timeout = TimeSpan.FromSeconds(120),
                InitTimeout = TimeSpan.FromSeconds(30),
                MemorySizeMb = memoryMb,
                LogSink = functionLog,
                FunctionProcess = CgroupLauncher.Options(bootstrap, group, FunctionNames.Thumbnail, environment),
            },
            cancellationToken);
        return new LambdaFunction(memoryMb, emulator);
    }

    /// <summary>Invokes one S3 event; a failure is any answer but exactly one <c>Created</c> (a rejected source made no thumbnails).</summary>
    public async Task<LambdaInvocation> InvokeAsync(byte[] payload, CancellationToken cancellationToken)
    {
        var result = await _emulator.InvokeAsync(payload, null, cancellationToken);
        var init = result.InitDuration ?? TimeSpan.Zero;
        var failure = !result.Succeeded ? Failure(result)
            : DuplicateFunction.Outcomes(result.Response) is [var only] && only == DuplicateOutcome.Created ? null
            : $"answered {Encoding.UTF8.GetString(result.Response.Span)}, not one Created";
        return new LambdaInvocation(result.Duration.TotalMilliseconds, init.TotalMilliseconds, result.MaxMemoryUsedMb, failure);
    }

    public ValueTask DisposeAsync() => _emulator.DisposeAsync();

    private string Failure(InvocationResult result)
    {
        var exit = _emulator.FunctionExitCode;
        var killed = exit == 137 ? " (SIGKILL: out of memory?)" : "";
        var process = exit is null ? "" : FormattableString.Invariant($" the process exited with {exit}{killed}");
        return $"{result.Status}:{process} {result.ErrorType} {result.ErrorMessage}".TrimEnd();
    }
}
