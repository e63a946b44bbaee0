using System.Collections.Concurrent;
using Amazon.S3;
using ThumbnailService.EndToEnd.Tests.Infrastructure;
using ThumbnailService.Local.Emulator;
using ThumbnailService.Local.S3Host;

namespace ThumbnailService.EndToEnd.Tests.Reliability.Burst;

/// <summary>
/// A local S3 host whose buckets emit no events, and two thumbnail and two cleanup emulators on the real bootstrap with the
/// same environment (processes start on first use). The tests deliver every event themselves.
/// </summary>
public sealed class BurstFixture : IAsyncLifetime
{
    public const string SourceBucket = "burst-sources";
    public const string ThumbnailBucket = "thumbnails";

    internal LocalS3Host Host { get; private set; } = null!;
    internal AmazonS3Client S3 { get; private set; } = null!;
    internal RuntimeApiEmulator[] Thumbnail { get; private set; } = [];
    internal RuntimeApiEmulator[] Cleanup { get; private set; } = [];
    internal ConcurrentQueue<string> S3Requests { get; } = new();
    internal SynchronizedLog FunctionLog { get; } = new();

    public async Task InitializeAsync()
    {
        Host = await LocalS3Host.StartAsync(
            new LocalS3HostOptions { Buckets = [SourceBucket, ThumbnailBucket], LogRequests = true, Log = S3Requests.Enqueue },
            CancellationToken.None);
        S3 = Host.CreateClient();
        var environment = BootstrapEmulator.Environment(Host.Endpoint.AbsoluteUri.TrimEnd('/'));
        environment["THUMBNAIL_PRESETS"] = ReliabilityFixture.Presets;
        Thumbnail = [await Start("thumbnail", environment), await Start("thumbnail", environment)];
        Cleanup = [await Start("cleanup", environment), await Start("cleanup", environment)];
    }

    public async Task DisposeAsync()
    {
        foreach (var emulator in Thumbnail.Concat(Cleanup))
        {
            await emulator.DisposeAsync();
        }

        S3?.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }
    }

    private Task<RuntimeApiEmulator> Start(string handler, IReadOnlyDictionary<string, string> environment) =>
        BootstrapEmulator.StartAsync(handler, environment, TimeSpan.FromSeconds(20), FunctionLog);
}
