using System.Collections.Concurrent;
using ThumbnailService.Core.Storage;
using ThumbnailService.Functions.Storage;

namespace ThumbnailService.Functions.Tests.TestDoubles;

/// <summary>Passes every call to an <see cref="InMemoryObjectStore"/> and records it as the S3 request <see cref="S3ObjectStore"/> would make.</summary>
internal sealed class RecordingObjectStore(InMemoryObjectStore inner) : IObjectStore
{
    public ConcurrentQueue<(S3Call Call, string Bucket, string Key)> Requests { get; } = new();

    public Task<ObjectHead?> HeadAsync(string bucket, string key, CancellationToken cancellationToken)
    {
        Requests.Enqueue((S3Call.Head, bucket, key));
        return inner.HeadAsync(bucket, key, cancellationToken);
    }

    public Task<ObjectDownload?> GetAsync(string bucket, string key, string? versionId, CancellationToken cancellationToken)
    {
        Requests.Enqueue((versionId is null ? S3Call.Get : S3Call.GetVersion, bucket, key));
        return inner.GetAsync(bucket, key, versionId, cancellationToken);
    }

    public Task PutAsync(ObjectUpload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        Requests.Enqueue((S3Call.Put, upload.Bucket, upload.Key));
        return inner.PutAsync(upload, cancellationToken);
    }

    public Task DeleteAsync(string bucket, string key, CancellationToken cancellationToken)
    {
        Requests.Enqueue((S3Call.Delete, bucket, key));
        return inner.DeleteAsync(bucket, key, cancellationToken);
    }
}
