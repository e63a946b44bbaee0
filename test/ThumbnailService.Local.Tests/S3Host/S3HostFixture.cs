using Amazon.S3;
using ThumbnailService.Local.S3Host;

namespace ThumbnailService.Local.Tests.S3Host;

/// <summary>One local S3 host per test class: a notify bucket (events) and a quiet bucket (no events).</summary>
public sealed class S3HostFixture : IAsyncLifetime
{
    public const string SourceBucket = "source";
    public const string ThumbnailBucket = "thumbs";

    private LocalS3Host? _host;
    private AmazonS3Client? _client;
    private S3HostEventLog? _events;

    internal LocalS3Host Host => _host ?? throw new InvalidOperationException("Fixture not started.");

    internal IAmazonS3 Client => _client ?? throw new InvalidOperationException("Fixture not started.");

    internal S3HostEventLog Events => _events ?? throw new InvalidOperationException("Fixture not started.");

    public async Task InitializeAsync()
    {
        var options = new LocalS3HostOptions
        {
            Buckets = [ThumbnailBucket],
            NotifyBuckets = [SourceBucket],
            LogRequests = false,
        };
        _host = await LocalS3Host.StartAsync(options, CancellationToken.None);
        _client = _host.CreateClient();
        _events = new S3HostEventLog(_host.Events);
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    /// <summary>A key prefix no other test uses.</summary>
    internal static string NewPrefix(string testName) => $"{testName}/{Guid.NewGuid():N}/";
}
