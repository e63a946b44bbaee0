using System.Numerics;
using System.Runtime.CompilerServices;

namespace ThumbnailService.Codecs.Jpeg;

/// <summary>
/// Decodes one scan of a progressive JPEG into <see cref="JpegProgressiveCoefficients"/> (T.81 G.1.2): DC first and
/// refinement scans (interleaved or not), AC first scans with end-of-band runs and AC refinement scans (one component
/// each), restart intervals. Coefficients the scale drops are decoded (they must be, to stay in step) and only their
/// non-zero bit is kept. Malformed data throws <see cref="JpegFormatException"/>; data cut short reads as zero bits.
/// </summary>
internal sealed class JpegProgressiveScanDecoder
{
    private readonly JpegHeader _scan;
    private readonly JpegProgressiveCoefficients _coefficients;
    private readonly JpegScanBand _band;
    private readonly int[] _predictions;
    private readonly HuffmanTable?[] _tables;
    private int _endOfBandRun;

    public JpegProgressiveScanDecoder(JpegHeader scan, JpegProgressiveCoefficients coefficients)
    {
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(coefficients);
        _scan = scan;
        _coefficients = coefficients;
        _band = scan.Band;
        _predictions = new int[scan.Frame.Components.Count];
        _tables = new HuffmanTable?[scan.Frame.Components.Count];
        Validate(scan);
        bool dc = _band.Start == 0;
        foreach (JpegScanComponent sc in scan.Scan)
        {
            if (dc && _band.High != 0)
            {
                continue; // a DC refinement reads raw bits, no table
            }

            int slot = dc ? sc.DcTable & 3 : sc.AcTable & 3;
            _tables[sc.FrameIndex] = scan.HuffmanTables[dc ? 0 : 1][slot]
                ?? throw new JpegFormatException($"The scan uses {(dc ? "DC" : "AC")} Huffman table {slot}, which is not defined.");
        }
    }

    public void Decode(ReadOnlySpan<byte> data)
    {
        var reader = new JpegBitReader(data, _scan.EntropyDataOffset);
        if (_scan.Scan.Count == 1)
        {
            DecodeComponent(ref reader, _scan.Scan[0].FrameIndex);
        }
        else
        {
            DecodeInterleaved(ref reader);
        }
    }

    private static void Validate(JpegHeader scan)
    {
        JpegScanBand band = scan.Band;
        bool valid = band.Low <= 13
            && (band.High == 0 || band.High == band.Low + 1)
            && (band.Start == 0 ? band.End == 0 : band.Start <= band.End && band.End <= 63 && scan.Scan.Count == 1);
        if (!valid)
        {
            throw new JpegFormatException($"A progressive scan has an impossible band (Ss {band.Start}, Se {band.End}, Ah {band.High}, Al {band.Low}).");
        }
    }

    private void DecodeInterleaved(ref JpegBitReader reader)
    {
        JpegMcuLayout layout = _coefficients.Layout;
        int unit = 0;
        for (int my = 0; my < layout.McuRows; my++)
        {
            for (int mx = 0; mx < layout.McusPerLine; mx++)
            {
                RestartIfDue(ref reader, unit++);
                foreach (JpegScanComponent sc in _scan.Scan)
                {
                    int c = sc.FrameIndex, h = layout.Horizontal(c), v = layout.Vertical(c);
                    for (int by = 0; by < v; by++)
                    {
                        for (int bx = 0; bx < h; bx++)
                        {
                            DecodeBlock(ref reader, c, (((my * v) + by) * layout.BlocksPerLine(c)) + (mx * h) + bx);
                        }
                    }
                }
            }
        }
    }

    /// <summary>A one-component scan walks that component's own blocks in raster order (A.2.2), fewer than its padded grid at the edges.</summary>
    private void DecodeComponent(ref JpegBitReader reader, int c)
    {
        JpegMcuLayout layout = _coefficients.Layout;
        JpegFrameInfo frame = _scan.Frame;
        int width = (int)((((long)frame.Width * layout.Horizontal(c)) + layout.MaxH - 1) / layout.MaxH);
        int height = (int)((((long)frame.Height * layout.Vertical(c)) + layout.MaxV - 1) / layout.MaxV);
        int blocksPerLine = (width + 7) / 8, blockRows = (height + 7) / 8, unit = 0, stride = layout.BlocksPerLine(c);
        for (int by = 0; by < blockRows; by++)
        {
            for (int bx = 0; bx < blocksPerLine; bx++)
            {
                RestartIfDue(ref reader, unit++);
                DecodeBlock(ref reader, c, (by * stride) + bx);
            }
        }
    }

    private void RestartIfDue(ref JpegBitReader reader, int unit)
    {
        int interval = _scan.RestartInterval;
        if (interval > 0 && unit > 0 && unit % interval == 0)
        {
            reader.Restart();
            Array.Clear(_predictions);
            _endOfBandRun = 0;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void DecodeBlock(ref JpegBitReader reader, int c, int block)
    {
        ulong bits = reader.Bits;
        int count = reader.Count;
        if (count < JpegBitReader.RefillThreshold)
        {
            (bits, count) = reader.Refill(bits, count);
        }

        if (_band.Start == 0)
        {
            DcBlock(ref bits, ref count, c, block);
        }
        else if (_band.High == 0)
        {
            AcFirstBlock(ref reader, ref bits, ref count, c, block);
        }
        else
        {
            AcRefineBlock(ref reader, ref bits, ref count, c, block);
        }

        reader.Bits = bits;
        reader.Count = count;
    }

    /// <summary>G.1.2.1: a first scan's DC difference (value shifted left by Al), or a refinement's bit at Al.</summary>
    private void DcBlock(ref ulong bits, ref int count, int c, int block)
    {
        ref short value = ref _coefficients.Values(c)[block * _coefficients.BlockLength];
        if (_band.High != 0)
        {
            value |= (short)(JpegBlockDecoder.TakeBits(ref bits, ref count, 1) << _band.Low);
        }
        else
        {
            _predictions[c] += JpegBlockDecoder.DecodeDcDifference(_tables[c]!, ref bits, ref count, maxCategory: 11);
            value = unchecked((short)(_predictions[c] << _band.Low));
        }

        if (value != 0)
        {
            _coefficients.NonZero(c)[block] |= 1;
        }
    }

    /// <summary>G.1.2.2: an AC first scan, Ss..Se, values shifted left by Al, with end-of-band runs.</summary>
    private void AcFirstBlock(ref JpegBitReader reader, ref ulong bits, ref int count, int c, int block)
    {
        if (_endOfBandRun > 0)
        {
            _endOfBandRun--;
            return;
        }

        HuffmanTable table = _tables[c]!;
        Span<short> values = _coefficients.Values(c).AsSpan(block * _coefficients.BlockLength, _coefficients.BlockLength);
        ReadOnlySpan<sbyte> target = _coefficients.Target;
        int[] fast = table.FastAc; // only entries with a non-zero value are used: EOB runs and ZRL take the symbol path
        ulong nonZero = 0;
        for (int k = _band.Start, end = _band.End; k <= end; k++)
        {
            if (count < JpegBitReader.RefillThreshold)
            {
                (bits, count) = reader.Refill(bits, count);
            }

            int value, entry = fast[HuffmanTable.PeekIndex(bits)];
            if (entry != 0 && (entry >> 16) != 0)
            {
                int consumed = entry & 0xFF; // code and magnitude in one lookup (most coefficients of a photo)
                bits <<= consumed;
                count -= consumed;
                k += (entry >> 8) & 0xFF;
                value = entry >> 16;
            }
            else
            {
                (int run, int size) = NextSymbol(table, ref bits, ref count);
                if (size == 0)
                {
                    if (run < 15)
                    {
                        _endOfBandRun = ReadEndOfBandRun(run, ref bits, ref count) - 1;
                        break;
                    }

                    k += 15; // ZRL: sixteen zeros
                    continue;
                }

                k += run;
                value = HuffmanTable.Extend(JpegBlockDecoder.TakeBits(ref bits, ref count, size), size);
            }

            if (k > end)
            {
                throw new JpegFormatException("An AC scan codes a coefficient beyond its band.");
            }

            value <<= _band.Low;
            nonZero |= 1UL << k;
            if (target[k] >= 0)
            {
                values[target[k]] = (short)value;
            }
        }

        _coefficients.NonZero(c)[block] |= nonZero;
    }

    /// <summary>
    /// G.1.2.3 (libjpeg's decode_mcu_AC_refine): a correction bit for each coefficient already non-zero, and newly
    /// non-zero coefficients of magnitude 1 at Al, placed after skipping the run's zero-history coefficients.
    /// </summary>
    private void AcRefineBlock(ref JpegBitReader reader, ref ulong bits, ref int count, int c, int block)
    {
        HuffmanTable table = _tables[c]!;
        Span<short> values = _coefficients.Values(c).AsSpan(block * _coefficients.BlockLength, _coefficients.BlockLength);
        ref ulong nonZero = ref _coefficients.NonZero(c)[block];
        ReadOnlySpan<sbyte> target = _coefficients.Target;
        int positive = 1 << _band.Low, negative = -1 << _band.Low;
        int k = _band.Start, end = _band.End;
        if (_endOfBandRun == 0)
        {
            for (; k <= end; k++)
            {
                if (count < JpegBitReader.RefillThreshold)
                {
                    (bits, count) = reader.Refill(bits, count);
                }

                (int run, int size) = NextSymbol(table, ref bits, ref count);
                int newValue = 0;
                if (size != 0)
                {
                    if (size != 1)
                    {
                        throw new JpegFormatException("An AC refinement scan codes a magnitude other than 1.");
                    }

                    newValue = JpegBlockDecoder.TakeBits(ref bits, ref count, 1) != 0 ? positive : negative;
                }
                else if (run != 15)
                {
                    _endOfBandRun = ReadEndOfBandRun(run, ref bits, ref count);
                    break;
                }

                while (k <= end)
                {
                    if ((nonZero & (1UL << k)) != 0)
                    {
                        Refine(ref reader, ref bits, ref count, values, target[k], positive, negative);
                    }
                    else if (--run < 0)
                    {
                        break;
                    }

                    k++;
                }

                if (newValue != 0)
                {
                    if (k > end)
                    {
                        throw new JpegFormatException("An AC refinement scan codes a coefficient beyond its band.");
                    }

                    nonZero |= 1UL << k;
                    if (target[k] >= 0)
                    {
                        values[target[k]] = (short)newValue;
                    }
                }
            }
        }

        if (_endOfBandRun > 0)
        {
            // Inside an end-of-band run only coefficients with history take a bit: visit just those, lowest first.
            for (ulong history = k <= end ? nonZero & (ulong.MaxValue >> (63 - end)) & (ulong.MaxValue << k) : 0; history != 0; history &= history - 1)
            {
                Refine(ref reader, ref bits, ref count, values, target[BitOperations.TrailingZeroCount(history)], positive, negative);
            }

            _endOfBandRun--;
        }
    }

    /// <summary>One correction bit for a coefficient with history: adds Al's bit away from zero unless it is set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Refine(ref JpegBitReader reader, ref ulong bits, ref int count, Span<short> values, int place, int positive, int negative)
    {
        if (count < 1)
        {
            (bits, count) = reader.Refill(bits, count);
        }

        if (JpegBlockDecoder.TakeBits(ref bits, ref count, 1) == 0 || place < 0)
        {
            return;
        }

        int value = values[place];
        if ((value & positive) == 0)
        {
            values[place] = (short)(value >= 0 ? value + positive : value + negative);
        }
    }

    /// <summary>EOBr: 2^r blocks, plus r more bits (at least <see cref="JpegBitReader.RefillThreshold"/> - 16 are buffered).</summary>
    private static int ReadEndOfBandRun(int run, ref ulong bits, ref int count) =>
        (1 << run) + (run > 0 ? JpegBlockDecoder.TakeBits(ref bits, ref count, run) : 0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (int Run, int Size) NextSymbol(HuffmanTable table, ref ulong bits, ref int count)
    {
        int entry = table.Decode(bits);
        int length = entry >> 8, symbol = entry & 0xFF;
        bits <<= length;
        count -= length;
        return (symbol >> 4, symbol & 15);
    }
}
