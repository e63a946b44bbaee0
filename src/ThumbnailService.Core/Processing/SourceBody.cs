namespace ThumbnailService.Core.Processing;

/// <summary>
/// Reads a source body into one buffer of its announced size (the only copy: the decoders read that buffer);
/// a short body is a transient fault (retry).
/// </summary>
internal static class SourceBody
{
    public static async Task<MemoryStream> ReadAsync(Storage.ObjectDownload download, CancellationToken cancellationToken)
    {
        var buffer = new byte[download.ContentLength];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await download.Body.ReadAsync(buffer.AsMemory(read), cancellationToken);
            if (n == 0)
            {
                throw new IOException($"The object body ended after {read} of {buffer.Length} bytes.");
            }

            read += n;
        }

        return new MemoryStream(buffer, 0, buffer.Length, writable: false, publiclyVisible: true);
    }
}
