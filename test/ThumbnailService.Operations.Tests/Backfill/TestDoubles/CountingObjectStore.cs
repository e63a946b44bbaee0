using ThumbnailService.Core.Storage;
using ThumbnailService.Operations.Backfill;

namespace ThumbnailService.Operations.Tests.Backfill.TestDoubles;

/// <summary>Counts the writes that reach a real store (PUT and DELETE), passing everything through.</summary>
internal sealed class CountingObjectStore(IObjectStore inner) : IObjectStore
{
    private int _puts;
    private int _deletes;

    public int Puts => _puts;
    public int Deletes => _deletes;

    public Task<ObjectHead?> HeadAsync(string bucket, string key, CancellationToken cancellationToken) => inner.HeadAsync(bucket, key, cancellationToken);

    public Task<ObjectDownload?> GetAsync(string bucket, string key, string? versionId, CancellationToken cancellationToken) => inner.GetAsync(bucket, key, versionId, cancellationToken);

    public async Task PutAsync(ObjectUpload upload, CancellationToken cancellationToken)
    {
        await inner.PutAsync(upload, cancellationToken);
        Interlocked.Increment(ref _puts);
    }

    public async Task DeleteAsync(string bucket, string key, CancellationToken cancellationToken)
    {
        await inner.DeleteAsync(bucket, key, cancellationToken);
        Interlocked.Increment(ref _deletes);
    }
}
