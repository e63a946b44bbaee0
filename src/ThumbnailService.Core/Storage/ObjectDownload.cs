namespace ThumbnailService.Core.Storage;

/// <summary>An open GET: the body is streamed; dispose to release the connection.</summary>
public sealed class ObjectDownload(string eTag, long contentLength, string? contentType, Stream body, string? versionId = null) : IAsyncDisposable, IDisposable
{
    public string ETag { get; } = eTag;
    public long ContentLength { get; } = contentLength;
    public string? ContentType { get; } = contentType;
    public Stream Body { get; } = body;

    /// <summary>The version read, in a versioned bucket; null otherwise.</summary>
    public string? VersionId { get; } = versionId;

    public ValueTask DisposeAsync() => Body.DisposeAsync();

    public void Dispose() => Body.Dispose();
}
