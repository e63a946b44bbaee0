using System.Buffers;

namespace ThumbnailService.Codecs.Jpeg;

/// <summary>
/// The dequantised N x N coefficients of every block of one MCU row, per component, plus whether each block has a
/// kept AC coefficient: what the entropy decoder hands to the IDCT. Pooled; <see cref="Clear"/> before each row.
/// </summary>
internal sealed class JpegCoefficientRow : IDisposable
{
    private readonly float[][] _coefficients;
    private readonly bool[][] _hasAc;
    private readonly int[] _blockCounts;
    private readonly int _blockLength;

    public JpegCoefficientRow(IReadOnlyList<int> blocksPerComponent, int blockSize)
    {
        _blockLength = blockSize * blockSize;
        _blockCounts = [.. blocksPerComponent];
        _coefficients = [.. _blockCounts.Select(count => ArrayPool<float>.Shared.Rent(count * _blockLength))];
        _hasAc = [.. _blockCounts.Select(count => ArrayPool<bool>.Shared.Rent(count))];
    }

    public Span<float> Block(int component, int index) => _coefficients[component].AsSpan(index * _blockLength, _blockLength);

    public bool HasAc(int component, int index) => _hasAc[component][index];

    public void SetHasAc(int component, int index, bool value) => _hasAc[component][index] = value;

    public void Clear()
    {
        for (int c = 0; c < _blockCounts.Length; c++)
        {
            Array.Clear(_coefficients[c], 0, _blockCounts[c] * _blockLength);
        }
    }

    public void Dispose()
    {
        Array.ForEach(_coefficients, buffer => ArrayPool<float>.Shared.Return(buffer));
        Array.ForEach(_hasAc, buffer => ArrayPool<bool>.Shared.Return(buffer));
    }
}
