using Amazon.S3;
using Amazon.S3.Model;
using ThumbnailService.Aws.Storage;
using ThumbnailService.Local.S3Host;

namespace ThumbnailService.Operations.Tests.Backfill;

/// <summary>One local S3 host (no event routing: the backfill runs Core in-process) with a source and a thumbnail bucket.</summary>
public sealed class BackfillS3Fixture : IAsyncLifetime
{
    public const string Sources = "bf-uploads";
    public const string Thumbnails = "bf-thumbnails";

    private LocalS3Host? _host;
    private AmazonS3Client? _client;

    internal LocalS3Host Host => _host ?? throw new InvalidOperationException("Fixture not started.");

    internal IAmazonS3 Client => _client ?? throw new InvalidOperationException("Fixture not started.");

    internal S3ObjectStore Store => new(Client);

    internal S3ObjectLister Lister => new(Client);

    public async Task InitializeAsync()
    {
        _host = await LocalS3Host.StartAsync(new LocalS3HostOptions { Buckets = [Sources, Thumbnails], LogRequests = false }, CancellationToken.None);
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    /// <summary>PUTs an object and returns its ETag (quotes stripped).</summary>
    internal async Task<string> PutAsync(string bucket, string key, byte[] body, IReadOnlyDictionary<string, string>? metadata = null)
    {
        var request = new PutObjectRequest { BucketName = bucket, Key = key, InputStream = new MemoryStream(body), ContentType = "image/jpeg" };
        foreach (var (name, value) in metadata ?? new Dictionary<string, string>())
        {
            request.Metadata.Add(name, value);
        }

        var response = await Client.PutObjectAsync(request);
        return response.ETag.Trim('"');
    }

    /// <summary>Every key under the prefix, through the same paginated listing the backfill uses.</summary>
    internal async Task<List<string>> KeysAsync(string bucket, string prefix)
    {
        var keys = new List<string>();
        await foreach (var listed in Lister.ListAsync(bucket, prefix, CancellationToken.None))
        {
            keys.Add(listed.Key);
        }

        return keys;
    }
}
