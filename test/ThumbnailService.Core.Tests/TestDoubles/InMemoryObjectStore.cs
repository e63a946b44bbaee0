using System.Collections.Concurrent;
using System.Security.Cryptography;
using ThumbnailService.Core.Storage;

namespace ThumbnailService.Core.Tests.TestDoubles;

/// <summary>An object store in memory that records every call, with hooks to fail a chosen call.</summary>
internal sealed class InMemoryObjectStore : IObjectStore
{
    private readonly ConcurrentDictionary<(string Bucket, string Key), StoredObject> _objects = new();

    public ConcurrentQueue<string> Calls { get; } = new();

    /// <summary>Called before each PUT with its 1-based number; throw to simulate a fault.</summary>
    public Action<int>? BeforePut { get; set; }

    /// <summary>When set, GET bodies throw if read (to prove a decision was made from headers alone).</summary>
    public bool PoisonBodies { get; set; }

    public int Count(string verb) => Calls.Count(c => c.StartsWith(verb + " ", StringComparison.Ordinal));

    public StoredObject? Find(string bucket, string key) => _objects.TryGetValue((bucket, key), out var stored) ? stored : null;

    public IEnumerable<(string Bucket, string Key)> Keys => _objects.Keys;

    public string Seed(string bucket, string key, byte[] body)
    {
        var eTag = Convert.ToHexStringLower(SHA256.HashData(body))[..32];
        _objects[(bucket, key)] = new StoredObject(body, "application/octet-stream", "", new Dictionary<string, string>(), eTag);
        return eTag;
    }

    public void Remove(string bucket, string key) => _objects.TryRemove((bucket, key), out _);

    public Task<ObjectHead?> HeadAsync(string bucket, string key, CancellationToken cancellationToken)
    {
        Calls.Enqueue($"HEAD {bucket}/{key}");
        var found = Find(bucket, key);
        return Task.FromResult(found is null ? null : new ObjectHead(found.ETag, found.Body.Length, found.ContentType, found.Metadata));
    }

    public Task<ObjectDownload?> GetAsync(string bucket, string key, CancellationToken cancellationToken)
    {
        Calls.Enqueue($"GET {bucket}/{key}");
        var found = Find(bucket, key);
        Stream body = PoisonBodies ? new PoisonStream() : new MemoryStream(found?.Body ?? []);
        return Task.FromResult(found is null ? null : new ObjectDownload(found.ETag, found.Body.Length, found.ContentType, body));
    }

    public Task PutAsync(ObjectUpload upload, CancellationToken cancellationToken)
    {
        var number = Calls.Count(c => c.StartsWith("PUT ", StringComparison.Ordinal)) + 1;
        Calls.Enqueue($"PUT {upload.Bucket}/{upload.Key}");
        BeforePut?.Invoke(number);
        var body = upload.Body.ToArray();
        _objects[(upload.Bucket, upload.Key)] = new StoredObject(body, upload.ContentType, upload.CacheControl, upload.Metadata, Convert.ToHexStringLower(SHA256.HashData(body))[..32]);
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string bucket, string key, CancellationToken cancellationToken)
    {
        Calls.Enqueue($"DELETE {bucket}/{key}");
        _objects.TryRemove((bucket, key), out _);
        return Task.CompletedTask;
    }

    private sealed class PoisonStream : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("body must not be read");

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("body must not be read");
    }
}
