using ThumbnailService.Aws;
using Amazon.S3;
using ThumbnailService.Local.Emulator;
using ThumbnailService.Local.S3Host;

namespace ThumbnailService.Local.Pipeline;

/// <summary>
/// The function set on one machine: the local S3 host, one Runtime API emulator per function running the real
/// <c>bootstrap</c>, and the source bucket's events routed to them as S3 would.
/// </summary>
internal sealed class LocalPipeline : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _routing = Task.CompletedTask;

    private LocalPipeline(LocalS3Host s3, RuntimeApiEmulator thumbnail, RuntimeApiEmulator cleanup, LocalPipelineOptions options)
    {
        S3 = s3;
        Thumbnail = thumbnail;
        Cleanup = cleanup;
        Options = options;
    }

    public LocalS3Host S3 { get; }
    public RuntimeApiEmulator Thumbnail { get; }
    public RuntimeApiEmulator Cleanup { get; }
    public LocalPipelineOptions Options { get; }
    public InvocationJournal<RoutedInvocation> Journal { get; } = new();

    public static async Task<LocalPipeline> StartAsync(LocalPipelineOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var s3 = await LocalS3Host.StartAsync(
            new LocalS3HostOptions
            {
                Buckets = [options.SourceBucket, options.ThumbnailBucket],
                NotifyBuckets = [options.SourceBucket],
                Port = options.S3Port,
                LogRequests = options.S3Log is not null,
                Log = options.S3Log,
            },
            cancellationToken);
        var thumbnail = await StartFunctionAsync(FunctionNames.Thumbnail, s3, options, cancellationToken);
        var cleanup = await StartFunctionAsync(FunctionNames.Cleanup, s3, options, cancellationToken);
        var pipeline = new LocalPipeline(s3, thumbnail, cleanup, options);
        var router = new EventRouter(thumbnail, cleanup, options, pipeline.Journal);
        pipeline._routing = Task.Run(() => router.RunAsync(s3.Events, pipeline._stopping.Token), CancellationToken.None);
        return pipeline;
    }

    public AmazonS3Client CreateClient() => S3.CreateClient();

    /// <summary>Another sandbox of the same function (a new bootstrap process and emulator), as Lambda starts when it scales out.</summary>
    public Task<RuntimeApiEmulator> StartSandboxAsync(string handler, CancellationToken cancellationToken) =>
        StartFunctionAsync(handler, S3, Options, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        try
        {
            await _routing;
        }
        catch (OperationCanceledException)
        {
        }

        await Thumbnail.DisposeAsync();
        await Cleanup.DisposeAsync();
        await S3.DisposeAsync();
        _stopping.Dispose();
    }

    private static Task<RuntimeApiEmulator> StartFunctionAsync(string handler, LocalS3Host s3, LocalPipelineOptions options, CancellationToken cancellationToken)
    {
        var environment = s3.FunctionEnvironment();
        environment["THUMBNAIL_BUCKET"] = options.ThumbnailBucket;
        foreach (var (name, value) in options.Environment)
        {
            environment[name] = value;
        }

        return RuntimeApiEmulator.StartAsync(
            new EmulatorOptions
            {
                FunctionName = FunctionNames.LogicalIdOf(handler),
                Timeout = options.Timeout,
                MemorySizeMb = options.MemorySizeMb,
                LogSink = options.FunctionLog,
                FunctionProcess = new FunctionProcessOptions(options.BootstrapPath)
                {
                    Handler = handler,
                    Environment = environment,
                    LogFormat = "JSON",
                },
            },
            cancellationToken);
    }
}
