using ThumbnailService.Aws;
using System.Text;
using Amazon.S3;
using Amazon.S3.Model;
using ThumbnailService.Core.Options;
using ThumbnailService.Local.Emulator;
using ThumbnailService.Local.S3Host;

namespace ThumbnailService.Bench.Cold;

/// <summary>
/// "First image in a fresh process": the local S3 stays up (warm); each run uploads the image under a new key, takes
/// the S3 event, and invokes it on a brand-new <c>bootstrap</c> process under a new Runtime API emulator. The time is
/// the emulator's init duration (exec to the first <c>/next</c>) plus the invocation (dispatch to response posted).
/// </summary>
internal sealed class ColdSandbox : IAsyncDisposable
{
    private const string SourceBucket = "uploads";
    private const string ThumbnailBucket = "thumbnails";
    private readonly LocalS3Host _s3;
    private readonly AmazonS3Client _client;
    private readonly TextWriter? _functionLog;
    private int _runs;

    private ColdSandbox(LocalS3Host s3, TextWriter? functionLog)
    {
        _s3 = s3;
        _client = s3.CreateClient();
        _functionLog = functionLog;
    }

    /// <param name="functionLog">Receives the function's log lines and the START/END/REPORT lines (init and invoke durations); null discards them.</param>
    public static async Task<ColdSandbox> StartAsync(TextWriter? functionLog, CancellationToken cancellationToken)
    {
        var s3 = await LocalS3Host.StartAsync(
            new LocalS3HostOptions { Buckets = [SourceBucket, ThumbnailBucket], NotifyBuckets = [SourceBucket], LogRequests = false },
            cancellationToken);
        return new ColdSandbox(s3, functionLog);
    }

    public async Task<Measurement> RunAsync(string bootstrapPath, BenchJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var key = $"bench/{++_runs}/{Path.GetFileName(job.Image.Path)}";
        await _client.PutObjectAsync(new PutObjectRequest { BucketName = SourceBucket, Key = key, FilePath = job.Image.Path }, cancellationToken);
        var notification = await _s3.Events.ReadAsync(cancellationToken);
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
        var result = await emulator.InvokeAsync(Encoding.UTF8.GetBytes(notification), null, cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{Path.GetFileName(bootstrapPath)} failed on {key}: {result.ErrorType} {result.ErrorMessage}");
        }

        var init = result.InitDuration ?? TimeSpan.Zero;
        return new Measurement((init + result.Duration).TotalMilliseconds, double.NaN, result.MaxMemoryUsedMb, init.TotalMilliseconds);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _s3.DisposeAsync();
    }

    private Dictionary<string, string> Environment(BenchJob job)
    {
        var environment = _s3.FunctionEnvironment();
        environment[ConfigurationVariables.ThumbnailBucket] = ThumbnailBucket;
        environment[ConfigurationVariables.Presets] = job.PresetText;
        environment[ConfigurationVariables.Format] = job.Extension == ".png" ? "png" : "jpeg";
        environment[ConfigurationVariables.Quality] = BenchPresets.Quality.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return environment;
    }
}
