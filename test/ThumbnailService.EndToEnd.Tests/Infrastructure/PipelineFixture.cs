using System.Collections.Concurrent;
using Amazon.S3;
using ThumbnailService.Local.Pipeline;

namespace ThumbnailService.EndToEnd.Tests.Infrastructure;

/// <summary>One local S3 host and both functions on the real bootstrap, shared by a test class. Each test uses its own key prefix.</summary>
public sealed class PipelineFixture : IAsyncLifetime, IS3RequestSource
{
    public const string Presets = "large:96x96:inside,small:24x24:cover";

    private LocalPipeline? _pipeline;

    internal LocalPipeline Pipeline => _pipeline ?? throw new InvalidOperationException("not started");
    internal AmazonS3Client S3 { get; private set; } = null!;

    /// <summary>Every request line the S3 host logged (method, path, status), in order.</summary>
    internal ConcurrentQueue<string> S3Requests { get; } = new();

    internal SynchronizedLog FunctionLog { get; } = new();

    ConcurrentQueue<string> IS3RequestSource.S3Requests => S3Requests;

    AmazonS3Client IS3RequestSource.S3 => S3;

    public async Task InitializeAsync()
    {
        var bootstrap = await BootstrapBinary.EnsureAsync();
        _pipeline = await LocalPipeline.StartAsync(
            new LocalPipelineOptions
            {
                BootstrapPath = bootstrap,
                Environment = new Dictionary<string, string> { ["THUMBNAIL_PRESETS"] = Presets },
                Timeout = TimeSpan.FromSeconds(20),
                RetryDelay = TimeSpan.FromMilliseconds(200),
                S3Log = S3Requests.Enqueue,
                FunctionLog = FunctionLog,
            },
            CancellationToken.None);
        S3 = _pipeline.CreateClient();
    }

    public async Task DisposeAsync()
    {
        S3?.Dispose();
        if (_pipeline is not null)
        {
            await _pipeline.DisposeAsync();
        }
    }
}
