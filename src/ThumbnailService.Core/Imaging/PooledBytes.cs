using System.Buffers;

namespace ThumbnailService.Core.Imaging;

/// <summary>
/// A seekable stream's whole content: the stream's own buffer when it exposes one (no copy), else a pooled copy
/// returned to the pool on dispose.
/// </summary>
internal sealed class PooledBytes : IDisposable
{
    private readonly byte[] _buffer;
    private readonly int _offset;
    private readonly int _length;
    private readonly bool _pooled;

    private PooledBytes(byte[] buffer, int offset, int length, bool pooled)
    {
        _buffer = buffer;
        _offset = offset;
        _length = length;
        _pooled = pooled;
    }

    public ReadOnlySpan<byte> Span => _buffer.AsSpan(_offset, _length);

    public static PooledBytes Read(Stream source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source is MemoryStream memory && memory.TryGetBuffer(out ArraySegment<byte> segment))
        {
            return new PooledBytes(segment.Array!, segment.Offset, segment.Count, pooled: false);
        }

        int length = checked((int)source.Length);
        byte[] buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            source.Position = 0;
            source.ReadExactly(buffer, 0, length);
            return new PooledBytes(buffer, 0, length, pooled: true);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    public void Dispose()
    {
        if (_pooled)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }
    }
}
