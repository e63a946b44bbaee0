namespace ThumbnailService.Core.Storage;

/// <summary>An open GET: the body is streamed; dispose to release the connection.</summary>
public sealed class ObjectDownload(string eTag, long contentLength, string? contentType, Stream body) : IAsyncDisposable, IDisposable
{
    public string ETag { get; } = eTag;
    public long ContentLength { get; } = contentLength;
    public string? ContentType { get; } = contentType;
    public Stream Body { get; } = body;

    public ValueTask DisposeAsync() => Body.DisposeAsync();

    public void Dispose() => Body.Dispose();
}
