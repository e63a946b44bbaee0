using System.Text;
using Amazon.S3;
using Amazon.S3.Model;
using ThumbnailService.Local.S3Host;

namespace ThumbnailService.Bench.Lambda;

/// <summary>
/// The local S3 (uploads and thumbnails, events of the uploads bucket) the Lambda bench's functions read and write.
/// Every invocation gets a source under a new key, so no run is a duplicate of an earlier one.
/// </summary>
internal sealed class LambdaSandbox : IAsyncDisposable
{
    public const string ThumbnailBucket = "thumbnails";
    private const string SourceBucket = "uploads";
    private readonly LocalS3Host _s3;
    private readonly AmazonS3Client _client;
    private int _uploads;

    private LambdaSandbox(LocalS3Host s3)
    {
        _s3 = s3;
        _client = s3.CreateClient();
    }

    public IReadOnlyDictionary<string, string> FunctionEnvironment => _s3.FunctionEnvironment();

    public static async Task<LambdaSandbox> StartAsync(CancellationToken cancellationToken)
    {
        var s3 = await LocalS3Host.StartAsync(
            new LocalS3HostOptions { Buckets = [SourceBucket, ThumbnailBucket], NotifyBuckets = [SourceBucket], LogRequests = false },
            cancellationToken);
        return new LambdaSandbox(s3);
    }

    /// <summary>Uploads <paramref name="path"/> under a new key and returns its S3 event (the invocation payload).</summary>
    public async Task<byte[]> UploadAsync(string path, CancellationToken cancellationToken)
    {
        var key = $"lambda/{++_uploads}/{Path.GetFileName(path)}";
        await _client.PutObjectAsync(new PutObjectRequest { BucketName = SourceBucket, Key = key, FilePath = path }, cancellationToken);
        return Encoding.UTF8.GetBytes(await _s3.Events.ReadAsync(cancellationToken));
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _s3.DisposeAsync();
    }
}
