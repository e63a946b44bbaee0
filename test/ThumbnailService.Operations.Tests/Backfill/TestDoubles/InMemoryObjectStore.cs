using System.Collections.Concurrent;
using System.Security.Cryptography;
using ThumbnailService.Core.Storage;
using ThumbnailService.Operations.Backfill;

namespace ThumbnailService.Operations.Tests.Backfill.TestDoubles;

/// <summary>Buckets in memory, counting every request; <see cref="FailGet"/> makes chosen GETs throw like an S3 fault.</summary>
internal sealed class InMemoryObjectStore : IObjectStore, IObjectLister
{
    private readonly ConcurrentDictionary<(string Bucket, string Key), StoredObject> _objects = new();
    private int _heads;
    private int _gets;
    private int _puts;
    private int _deletes;
    private int _lists;

    public int Heads => _heads;
    public int Gets => _gets;
    public int Puts => _puts;
    public int Deletes => _deletes;
    public int Lists => _lists;

    public Func<string, bool> FailGet { get; set; } = _ => false;

    public int Count(string bucket) => _objects.Keys.Count(k => k.Bucket == bucket);

    public StoredObject? Find(string bucket, string key) => _objects.GetValueOrDefault((bucket, key));

    public string Add(string bucket, string key, byte[] body, IReadOnlyDictionary<string, string>? metadata = null)
    {
        var stored = new StoredObject(body, ETagOf(body), "application/octet-stream", metadata ?? new Dictionary<string, string>());
        _objects[(bucket, key)] = stored;
        return stored.ETag;
    }

    public void ResetCounts() => _heads = _gets = _puts = _deletes = _lists = 0;

    public async IAsyncEnumerable<ListedObject> ListAsync(string bucket, string prefix, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _lists);
        await Task.Yield();
        foreach (var (key, stored) in _objects.Where(o => o.Key.Bucket == bucket && o.Key.Key.StartsWith(prefix, StringComparison.Ordinal))
                     .Select(o => (o.Key.Key, o.Value)).OrderBy(o => o.Key, StringComparer.Ordinal).ToList())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new ListedObject(key, stored.ETag, stored.Body.Length);
        }
    }

    public Task<ObjectHead?> HeadAsync(string bucket, string key, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _heads);
        var stored = Find(bucket, key);
        return Task.FromResult(stored is null ? null : new ObjectHead(stored.ETag, stored.Body.Length, stored.ContentType, stored.Metadata));
    }

    public Task<ObjectDownload?> GetAsync(string bucket, string key, string? versionId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _gets);
        if (FailGet(key))
        {
            throw new IOException($"Simulated S3 fault reading {key}.");
        }

        var stored = Find(bucket, key);
        return Task.FromResult(stored is null
            ? null
            : new ObjectDownload(stored.ETag, stored.Body.Length, stored.ContentType, new MemoryStream(stored.Body, writable: false)));
    }

    public Task PutAsync(ObjectUpload upload, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _puts);
        var body = upload.Body.ToArray();
        _objects[(upload.Bucket, upload.Key)] = new StoredObject(body, ETagOf(body), upload.ContentType, upload.Metadata);
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string bucket, string key, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _deletes);
        _objects.TryRemove((bucket, key), out _);
        return Task.CompletedTask;
    }

    private static string ETagOf(byte[] body) => Convert.ToHexStringLower(SHA256.HashData(body))[..32];
}
