using System.Buffers;

namespace ThumbnailService.Codecs.Jpeg;

/// <summary>
/// One component's decoding state and its pixels for the current MCU row: a pooled strip of
/// blocks-per-line x N columns and V x N rows (N = output block size, 8 / scale denominator).
/// </summary>
internal sealed class JpegComponentPlane : IDisposable
{
    private readonly byte[] _strip;
    private readonly int _blockSize;

    public JpegComponentPlane(int horizontal, int vertical, int blocksPerLine, int blockSize, HuffmanTable dc, HuffmanTable ac, ushort[] quant)
    {
        Horizontal = horizontal;
        Vertical = vertical;
        Dc = dc;
        Ac = ac;
        Quant = quant;
        _blockSize = blockSize;
        Stride = blocksPerLine * blockSize;
        _strip = ArrayPool<byte>.Shared.Rent(Stride * vertical * blockSize);
    }

    public int Horizontal { get; }

    public int Vertical { get; }

    public int Stride { get; }

    public HuffmanTable Dc { get; }

    public HuffmanTable Ac { get; }

    public ushort[] Quant { get; }

    /// <summary>The DC predictor (T.81 F.2.1.3.1), reset to 0 at the scan start and every restart.</summary>
    public int Prediction { get; set; }

    public ReadOnlySpan<byte> Row(int row) => _strip.AsSpan(row * Stride, Stride);

    /// <summary>The strip from the top-left pixel of block (<paramref name="blockX"/>, <paramref name="blockY"/>) on.</summary>
    public Span<byte> Block(int blockX, int blockY) => _strip.AsSpan((blockY * _blockSize * Stride) + (blockX * _blockSize));

    public void Dispose() => ArrayPool<byte>.Shared.Return(_strip);
}
