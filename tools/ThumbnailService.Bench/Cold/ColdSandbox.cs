using ThumbnailService.Aws;
using ThumbnailService.Core.Options;
using ThumbnailService.Local.Emulator;
using ThumbnailService.Bench.Harness;

namespace ThumbnailService.Bench.Cold;

/// <summary>
/// "First image in a fresh process": the local S3 stays up (warm); each run uploads the image under a new key, takes
/// the S3 event, and invokes it on a brand-new <c>bootstrap</c> process under a new Runtime API emulator. The time is
/// the emulator's init duration (exec to the first <c>/next</c>) plus the invocation (dispatch to response posted).
/// </summary>
internal sealed class ColdSandbox : IAsyncDisposable
{
    private readonly BenchS3 _s3;
    private readonly TextWriter? _functionLog;

    private ColdSandbox(BenchS3 s3, TextWriter? functionLog)
    {
        _s3 = s3;
        _functionLog = functionLog;
    }

    /// <param name="functionLog">Receives the function's log lines and the START/END/REPORT lines (init and invoke durations); null discards them.</param>
    public static async Task<ColdSandbox> StartAsync(TextWriter? functionLog, CancellationToken cancellationToken) =>
        new(await BenchS3.StartAsync(requestLog: null, cancellationToken), functionLog);

    public async Task<Measurement> RunAsync(string bootstrapPath, BenchJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        (string key, byte[] notification) = await _s3.UploadAsync("bench", job.Image.Path, cancellationToken);
        await using var emulator = await RuntimeApiEmulator.StartAsync(
            new EmulatorOptions
            {
                FunctionName = "ThumbnailFunction",
                Timeout = TimeSpan.FromSeconds(60),
                MemorySizeMb = 1024,
                LogSink = _functionLog,
                FunctionProcess = new FunctionProcessOptions(bootstrapPath) { Handler = FunctionNames.Thumbnail, Environment = Environment(job) },
            },
            cancellationToken);
        var result = await emulator.InvokeAsync(notification, null, cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{Path.GetFileName(bootstrapPath)} failed on {key}: {result.ErrorType} {result.ErrorMessage}");
        }

        var init = result.InitDuration ?? TimeSpan.Zero;
        return new Measurement((init + result.Duration).TotalMilliseconds, double.NaN, result.MaxMemoryUsedMb, init.TotalMilliseconds);
    }

    public ValueTask DisposeAsync() => _s3.DisposeAsync();

    private Dictionary<string, string> Environment(BenchJob job)
    {
        var environment = _s3.FunctionEnvironment();
        environment[ConfigurationVariables.Presets] = job.PresetText;
        environment[ConfigurationVariables.Format] = job.Extension == ".png" ? "png" : "jpeg";
        environment[ConfigurationVariables.Quality] = BenchPresets.Quality.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return environment;
    }
}
