using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Amazon.S3;
using ThumbnailService.Local.Pipeline;

namespace ThumbnailService.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A local pipeline (S3 host + both functions on the real bootstrap) whose settings a derived fixture chooses:
/// function environment, memory size, timeout, and optionally an S3 endpoint placed in front of the host (a proxy).
/// </summary>
public abstract class ReliabilityFixture : IAsyncLifetime, IS3RequestSource
{
    public const string Presets = "large:96x96:inside,small:24x24:cover";
    public const int MemorySizeMb = 512;

    private LocalPipeline? _pipeline;

    internal LocalPipeline Pipeline => _pipeline ?? throw new InvalidOperationException("not started");
    internal AmazonS3Client S3 { get; private set; } = null!;
    internal ConcurrentQueue<string> S3Requests { get; } = new();
    internal SynchronizedLog FunctionLog { get; } = new();

    ConcurrentQueue<string> IS3RequestSource.S3Requests => S3Requests;

    AmazonS3Client IS3RequestSource.S3 => S3;

    protected virtual TimeSpan Timeout => TimeSpan.FromSeconds(20);

    public async Task InitializeAsync()
    {
        var s3Port = FreePort();
        var environment = new Dictionary<string, string> { ["THUMBNAIL_PRESETS"] = Presets };
        foreach (var (name, value) in await PrepareAsync(s3Port))
        {
            environment[name] = value;
        }

        _pipeline = await LocalPipeline.StartAsync(
            new LocalPipelineOptions
            {
                BootstrapPath = await BootstrapBinary.EnsureAsync(),
                Environment = environment,
                S3Port = s3Port,
                MemorySizeMb = MemorySizeMb,
                Timeout = Timeout,
                RetryDelay = TimeSpan.FromMilliseconds(100),
                S3Log = S3Requests.Enqueue,
                FunctionLog = FunctionLog,
            },
            CancellationToken.None);
        S3 = _pipeline.CreateClient();
    }

    public virtual async Task DisposeAsync()
    {
        S3?.Dispose();
        if (_pipeline is not null)
        {
            await _pipeline.DisposeAsync();
        }
    }

    /// <summary>Extra function environment; may start something in front of the S3 host, which will listen on <paramref name="s3Port"/>.</summary>
    protected abstract Task<IReadOnlyDictionary<string, string>> PrepareAsync(int s3Port);

    internal static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
