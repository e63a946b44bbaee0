using System.Text;
using Amazon.S3;
using Amazon.S3.Model;
using ThumbnailService.Core.Options;
using ThumbnailService.Local.S3Host;

namespace ThumbnailService.Bench.Harness;

/// <summary>
/// The local S3 the benches that run the real <c>bootstrap</c> share (cold start, duplicate events, Lambda memory
/// settings): an uploads bucket whose events it takes and a thumbnails bucket. Every upload goes under a new key, so no
/// invocation is a duplicate of an earlier one unless a bench delivers the same event again on purpose.
/// </summary>
internal sealed class BenchS3 : IAsyncDisposable
{
    public const string SourceBucket = "uploads";
    public const string ThumbnailBucket = "thumbnails";
    private readonly LocalS3Host _s3;
    private int _uploads;

    private BenchS3(LocalS3Host s3)
    {
        _s3 = s3;
        Client = s3.CreateClient();
    }

    /// <summary>A client of the local S3, for requests a bench makes itself (markers, reading thumbnails back).</summary>
    public AmazonS3Client Client { get; }

    /// <param name="requestLog">Receives every request line the local S3 logs; null: requests are not logged.</param>
    public static async Task<BenchS3> StartAsync(Action<string>? requestLog, CancellationToken cancellationToken)
    {
        var s3 = await LocalS3Host.StartAsync(
            new LocalS3HostOptions { Buckets = [SourceBucket, ThumbnailBucket], NotifyBuckets = [SourceBucket], LogRequests = false, Log = requestLog },
            cancellationToken);
        return new BenchS3(s3);
    }

    /// <summary>The function's environment for this S3: endpoint, keys and the thumbnail bucket.</summary>
    public Dictionary<string, string> FunctionEnvironment()
    {
        var environment = _s3.FunctionEnvironment();
        environment[ConfigurationVariables.ThumbnailBucket] = ThumbnailBucket;
        return environment;
    }

    /// <summary>Uploads <paramref name="path"/> under a new key below <paramref name="folder"/>; its key and its S3 event (the invocation payload).</summary>
    public async Task<(string Key, byte[] Event)> UploadAsync(string folder, string path, CancellationToken cancellationToken)
    {
        var key = $"{folder}/{++_uploads}/{Path.GetFileName(path)}";
        await Client.PutObjectAsync(new PutObjectRequest { BucketName = SourceBucket, Key = key, FilePath = path }, cancellationToken);
        return (key, Encoding.UTF8.GetBytes(await _s3.Events.ReadAsync(cancellationToken)));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _s3.DisposeAsync();
    }
}
