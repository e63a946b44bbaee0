using System.Buffers;

namespace ThumbnailService.Codecs.Jpeg;

/// <summary>
/// One component's pixels for the current MCU row, what <see cref="JpegRowTransformer"/> writes and converts: a pooled
/// strip of blocks-per-line x N columns and V x N rows (N = output block size, 8 / scale denominator).
/// </summary>
internal class JpegComponentStrip : IDisposable
{
    private readonly byte[] _strip;
    private readonly int _blockSize;

    public JpegComponentStrip(int horizontal, int vertical, int blocksPerLine, int blockSize)
    {
        Horizontal = horizontal;
        Vertical = vertical;
        _blockSize = blockSize;
        Stride = blocksPerLine * blockSize;
        _strip = ArrayPool<byte>.Shared.Rent(Stride * vertical * blockSize);
    }

    public int Horizontal { get; }

    public int Vertical { get; }

    public int Stride { get; }

    public ReadOnlySpan<byte> Row(int row) => _strip.AsSpan(row * Stride, Stride);

    /// <summary>The strip from the top-left pixel of block (<paramref name="blockX"/>, <paramref name="blockY"/>) on.</summary>
    public Span<byte> Block(int blockX, int blockY) => _strip.AsSpan((blockY * _blockSize * Stride) + (blockX * _blockSize));

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            ArrayPool<byte>.Shared.Return(_strip);
        }
    }
}
