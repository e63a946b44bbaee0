using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using ThumbnailService.Core.Storage;

namespace ThumbnailService.TestSupport.Storage;

/// <summary>
/// An object store (and lister) in memory that records every call in <see cref="Calls"/>, with hooks to fail a chosen call.
/// Buckets named in <see cref="VersionedBuckets"/> keep every version as S3 does: a plain delete adds a delete marker, a GET
/// can name a version, a listing shows current versions only.
/// </summary>
internal sealed class InMemoryObjectStore : IObjectStore, IObjectLister
{
    // Per key, its versions oldest first; a null entry is a delete marker. Unversioned buckets keep one entry.
    private readonly ConcurrentDictionary<(string Bucket, string Key), List<StoredObject?>> _objects = new();
    private int _nextVersion;

    public ConcurrentQueue<string> Calls { get; } = new();

    public HashSet<string> VersionedBuckets { get; } = new(StringComparer.Ordinal);

    /// <summary>Called before each PUT with its 1-based number; throw to simulate a fault.</summary>
    public Action<int>? BeforePut { get; set; }

    /// <summary>Called before each DELETE with its key; throw to simulate a fault (e.g. access denied).</summary>
    public Action<string>? BeforeDelete { get; set; }

    /// <summary>Called before each GET with its key; throw to simulate a fault (an S3 5xx, a reset connection).</summary>
    public Action<string>? BeforeGet { get; set; }

    /// <summary>When set, GET bodies throw if read (to prove a decision was made from headers alone).</summary>
    public bool PoisonBodies { get; set; }

    /// <summary>Calls of one verb (HEAD, GET, PUT, DELETE, LIST) since the start or the last <see cref="ResetCounts"/>.</summary>
    public int Count(string verb) => Calls.Count(c => c.StartsWith(verb + " ", StringComparison.Ordinal));

    public int Heads => Count("HEAD");

    public int Gets => Count("GET");

    public int Puts => Count("PUT");

    public int Deletes => Count("DELETE");

    public int Lists => Count("LIST");

    /// <summary>Forgets the calls so far (the counts, and the PUT numbers <see cref="BeforePut"/> sees, start again from zero).</summary>
    public void ResetCounts() => Calls.Clear();

    /// <summary>The current version; null when missing or a delete marker is current.</summary>
    public StoredObject? Find(string bucket, string key)
    {
        if (!_objects.TryGetValue((bucket, key), out var versions))
        {
            return null;
        }

        lock (versions)
        {
            return versions.Count == 0 ? null : versions[^1];
        }
    }

    public IEnumerable<(string Bucket, string Key)> Keys => _objects.Where(entry => Find(entry.Key.Bucket, entry.Key.Key) is not null).Select(entry => entry.Key);

    /// <summary>Stores an object as an upload would (no call recorded) and returns its ETag.</summary>
    public string Seed(string bucket, string key, byte[] body, IReadOnlyDictionary<string, string>? metadata = null) =>
        Store(bucket, key, body, "application/octet-stream", "", metadata ?? new Dictionary<string, string>()).ETag;

    /// <summary>Stores a new version and returns it (its version id is null in an unversioned bucket).</summary>
    public StoredObject SeedVersion(string bucket, string key, byte[] body) =>
        Store(bucket, key, body, "application/octet-stream", "", new Dictionary<string, string>());

    /// <summary>A plain DELETE: removes the object, or adds a delete marker in a versioned bucket.</summary>
    public void Remove(string bucket, string key)
    {
        var versions = _objects.GetOrAdd((bucket, key), _ => []);
        lock (versions)
        {
            if (!VersionedBuckets.Contains(bucket))
            {
                versions.Clear();
            }
            else if (versions.Count > 0 && versions[^1] is not null)
            {
                versions.Add(null);
            }
        }
    }

    /// <summary>Permanently deletes one version (a delete with a version id): the previous one becomes current.</summary>
    public void RemoveVersion(string bucket, string key, string versionId)
    {
        if (_objects.TryGetValue((bucket, key), out var versions))
        {
            lock (versions)
            {
                versions.RemoveAll(version => version?.VersionId == versionId);
            }
        }
    }

    public Task<ObjectHead?> HeadAsync(string bucket, string key, CancellationToken cancellationToken)
    {
        Calls.Enqueue($"HEAD {bucket}/{key}");
        var found = Find(bucket, key);
        return Task.FromResult(found is null ? null : new ObjectHead(found.ETag, found.Body.Length, found.ContentType, found.Metadata) { VersionId = found.VersionId });
    }

    public Task<ObjectDownload?> GetAsync(string bucket, string key, string? versionId, CancellationToken cancellationToken)
    {
        Calls.Enqueue(versionId is null ? $"GET {bucket}/{key}" : $"GET {bucket}/{key}?versionId={versionId}");
        BeforeGet?.Invoke(key);
        var found = versionId is null ? Find(bucket, key) : FindVersion(bucket, key, versionId);
        Stream body = PoisonBodies ? new PoisonStream() : new MemoryStream(found?.Body ?? []);
        return Task.FromResult(found is null ? null : new ObjectDownload(found.ETag, found.Body.Length, found.ContentType, body, found.VersionId));
    }

    public Task PutAsync(ObjectUpload upload, CancellationToken cancellationToken)
    {
        var number = Calls.Count(c => c.StartsWith("PUT ", StringComparison.Ordinal)) + 1;
        Calls.Enqueue($"PUT {upload.Bucket}/{upload.Key}");
        BeforePut?.Invoke(number);
        Store(upload.Bucket, upload.Key, upload.Body.ToArray(), upload.ContentType, upload.CacheControl, upload.Metadata);
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string bucket, string key, CancellationToken cancellationToken)
    {
        Calls.Enqueue($"DELETE {bucket}/{key}");
        BeforeDelete?.Invoke(key);
        Remove(bucket, key);
        return Task.CompletedTask;
    }

    /// <summary>The current objects under <paramref name="prefix"/> in key order, as one LIST call.</summary>
    public async IAsyncEnumerable<ListedObject> ListAsync(string bucket, string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Calls.Enqueue($"LIST {bucket}/{prefix}");
        await Task.Yield();
        var listed = Keys.Where(entry => entry.Bucket == bucket && entry.Key.StartsWith(prefix, StringComparison.Ordinal))
            .Select(entry => (entry.Key, Stored: Find(bucket, entry.Key)))
            .Where(entry => entry.Stored is not null)
            .OrderBy(entry => entry.Key, StringComparer.Ordinal)
            .ToList();
        foreach (var (key, stored) in listed)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new ListedObject(key, stored!.ETag, stored.Body.Length);
        }
    }

    private StoredObject Store(string bucket, string key, byte[] body, string contentType, string cacheControl, IReadOnlyDictionary<string, string> metadata)
    {
        var versioned = VersionedBuckets.Contains(bucket);
        var stored = new StoredObject(
            body, contentType, cacheControl, metadata, Convert.ToHexStringLower(SHA256.HashData(body))[..32],
            versioned ? $"v{Interlocked.Increment(ref _nextVersion)}" : null);
        var versions = _objects.GetOrAdd((bucket, key), _ => []);
        lock (versions)
        {
            if (!versioned)
            {
                versions.Clear();
            }

            versions.Add(stored);
        }

        return stored;
    }

    private StoredObject? FindVersion(string bucket, string key, string versionId)
    {
        if (!_objects.TryGetValue((bucket, key), out var versions))
        {
            return null;
        }

        lock (versions)
        {
            return versions.FirstOrDefault(version => version?.VersionId == versionId);
        }
    }
}
