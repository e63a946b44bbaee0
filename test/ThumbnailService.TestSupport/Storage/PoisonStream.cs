namespace ThumbnailService.TestSupport.Storage;

/// <summary>A GET body that throws when read: proves a decision was made from the headers alone.</summary>
internal sealed class PoisonStream : MemoryStream
{
    public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("body must not be read");

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("body must not be read");
}
