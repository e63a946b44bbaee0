namespace ThumbnailService.Codecs.Png;

/// <summary>
/// Adaptive per-row filtering: tries None, Sub, Up, Average and Paeth and keeps the one with the smallest
/// <see cref="PngFilterScore"/> (ties go to the earlier type, as in libpng). One instance per image (it owns the
/// scratch rows); not thread-safe.
/// </summary>
internal sealed class PngRowFilter
{
    private readonly int _bytesPerPixel;
    private readonly byte[][] _candidates;

    public PngRowFilter(int rowBytes, int bytesPerPixel)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rowBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bytesPerPixel);
        _bytesPerPixel = bytesPerPixel;
        _candidates = new byte[5][];
        for (int type = 0; type < _candidates.Length; type++)
        {
            _candidates[type] = new byte[rowBytes + 1];
            _candidates[type][0] = (byte)type;
        }

        ZeroRow = new byte[rowBytes];
    }

    /// <summary>The prior row of the first row.</summary>
    public ReadOnlyMemory<byte> ZeroRow { get; }

    /// <summary>
    /// Filters <paramref name="raw"/> against <paramref name="prior"/> (the previous unfiltered row, or
    /// <see cref="ZeroRow"/>); returns the row as it goes into the zlib stream: the filter type byte, then the
    /// filtered bytes. The result is valid until the next call.
    /// </summary>
    public ReadOnlySpan<byte> Apply(ReadOnlySpan<byte> raw, ReadOnlySpan<byte> prior)
    {
        int rowBytes = _candidates[0].Length - 1;
        if (raw.Length != rowBytes || prior.Length != rowBytes)
        {
            throw new ArgumentException($"Rows must have {rowBytes} bytes.", nameof(raw));
        }

        int best = 0;
        long bestScore = long.MaxValue;
        for (int type = 0; type < _candidates.Length; type++)
        {
            Span<byte> filtered = _candidates[type].AsSpan(1);
            Filter((PngFilterType)type, raw, prior, filtered);
            long score = PngFilterScore.Sum(filtered);
            if (score < bestScore)
            {
                (best, bestScore) = (type, score);
            }
        }

        return _candidates[best];
    }

    private void Filter(PngFilterType type, ReadOnlySpan<byte> raw, ReadOnlySpan<byte> prior, Span<byte> filtered)
    {
        switch (type)
        {
            case PngFilterType.Sub:
                PngFilterKernels.Sub(raw, _bytesPerPixel, filtered);
                break;
            case PngFilterType.Up:
                PngFilterKernels.Up(raw, prior, filtered);
                break;
            case PngFilterType.Average:
                PngFilterKernels.Average(raw, prior, _bytesPerPixel, filtered);
                break;
            case PngFilterType.Paeth:
                PngFilterKernels.Paeth(raw, prior, _bytesPerPixel, filtered);
                break;
            default:
                raw.CopyTo(filtered);
                break;
        }
    }
}
