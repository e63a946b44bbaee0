namespace ThumbnailService.Core.Storage;

/// <summary>
/// The object-store port. Expected negatives are values (null = not found); every other problem
/// (5xx, throttling, timeouts, access denied) throws, so the invocation fails and the platform retries.
/// </summary>
public interface IObjectStore
{
    /// <summary>HEAD; null when the object does not exist.</summary>
    Task<ObjectHead?> HeadAsync(string bucket, string key, CancellationToken cancellationToken);

    /// <summary>
    /// GET, body streamed; null when the object (or that version) does not exist (deleted since the event).
    /// <paramref name="versionId"/> pins the read to one version of a versioned bucket; null reads the current one.
    /// </summary>
    Task<ObjectDownload?> GetAsync(string bucket, string key, string? versionId, CancellationToken cancellationToken);

    Task PutAsync(ObjectUpload upload, CancellationToken cancellationToken);

    /// <summary>DELETE; deleting what is already gone is success.</summary>
    Task DeleteAsync(string bucket, string key, CancellationToken cancellationToken);
}
