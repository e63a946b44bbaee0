using System.Buffers;

namespace ThumbnailService.Core.Imaging;

/// <summary>A seekable stream's whole content in a pooled buffer, returned to the pool on dispose.</summary>
internal sealed class PooledBytes : IDisposable
{
    private readonly byte[] _buffer;
    private readonly int _length;

    private PooledBytes(byte[] buffer, int length)
    {
        _buffer = buffer;
        _length = length;
    }

    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, _length);

    public static PooledBytes Read(Stream source)
    {
        ArgumentNullException.ThrowIfNull(source);
        int length = checked((int)source.Length);
        byte[] buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            source.Position = 0;
            source.ReadExactly(buffer, 0, length);
            return new PooledBytes(buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);
}
