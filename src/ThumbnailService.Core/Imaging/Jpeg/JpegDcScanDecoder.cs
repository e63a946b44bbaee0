namespace ThumbnailService.Core.Imaging.Jpeg;

/// <summary>
/// One DC scan of a progressive JPEG into <see cref="JpegDcPlanes"/> (T.81 G.1.2.1). A first scan (Ah = 0) decodes
/// each block's DC difference and stores the predicted value shifted left by Al; a refinement scan (Ah &gt; 0) adds
/// one bit at Al. Interleaved scans walk MCUs; a one-component scan walks that component's own blocks in raster
/// order (A.2.2), which can be fewer than its padded grid.
/// </summary>
internal sealed class JpegDcScanDecoder(JpegHeader scan, JpegDcPlanes planes, int high, int low)
{
    private readonly int[] _predictions = new int[scan.Frame.Components.Count];
    private ulong _bits;
    private int _count;

    public void Decode(ReadOnlySpan<byte> data)
    {
        if (low > 13 || scan.Scan.Count == 0)
        {
            throw new JpegFormatException("A DC scan has an impossible successive-approximation position.");
        }

        var reader = new JpegBitReader(data, scan.EntropyDataOffset);
        if (scan.Scan.Count == 1)
        {
            DecodeComponent(ref reader, scan.Scan[0]);
        }
        else
        {
            DecodeInterleaved(ref reader);
        }
    }

    private void DecodeInterleaved(ref JpegBitReader reader)
    {
        int unit = 0;
        for (int my = 0; my < planes.McuRows; my++)
        {
            for (int mx = 0; mx < planes.McusPerLine; mx++)
            {
                RestartIfDue(ref reader, unit++);
                foreach (JpegScanComponent sc in scan.Scan)
                {
                    int c = sc.FrameIndex, h = planes.Horizontal(c), v = planes.Vertical(c);
                    for (int by = 0; by < v; by++)
                    {
                        for (int bx = 0; bx < h; bx++)
                        {
                            Block(ref reader, sc, (((my * v) + by) * planes.GridWidth(c)) + (mx * h) + bx);
                        }
                    }
                }
            }
        }
    }

    private void DecodeComponent(ref JpegBitReader reader, JpegScanComponent sc)
    {
        int c = sc.FrameIndex;
        int width = (int)(((long)planes.Frame.Width * planes.Horizontal(c)) + planes.MaxH - 1) / planes.MaxH;
        int height = (int)(((long)planes.Frame.Height * planes.Vertical(c)) + planes.MaxV - 1) / planes.MaxV;
        int blocksPerLine = (width + 7) / 8, blockRows = (height + 7) / 8, unit = 0;
        for (int by = 0; by < blockRows; by++)
        {
            for (int bx = 0; bx < blocksPerLine; bx++)
            {
                RestartIfDue(ref reader, unit++);
                Block(ref reader, sc, (by * planes.GridWidth(c)) + bx);
            }
        }
    }

    private void RestartIfDue(ref JpegBitReader reader, int unit)
    {
        int interval = scan.RestartInterval;
        if (interval > 0 && unit > 0 && unit % interval == 0)
        {
            reader.Restart();
            _bits = 0;
            _count = 0;
            Array.Clear(_predictions);
        }
    }

    private void Block(ref JpegBitReader reader, JpegScanComponent sc, int index)
    {
        if (_count < JpegBitReader.RefillThreshold)
        {
            (_bits, _count) = reader.Refill(_bits, _count);
        }

        int[] coefficients = planes.Coefficients[sc.FrameIndex];
        if (high != 0)
        {
            coefficients[index] |= Take(1) << low;
            return;
        }

        HuffmanTable dc = scan.HuffmanTables[0][sc.DcTable & 3] ?? throw new JpegFormatException($"The scan uses DC Huffman table {sc.DcTable}, which is not defined.");
        int entry = dc.Decode(_bits);
        int size = entry & 0xFF;
        Skip(entry >> 8);
        if (size > 11)
        {
            throw new JpegFormatException("A DC difference has an impossible magnitude category.");
        }

        _predictions[sc.FrameIndex] += size == 0 ? 0 : HuffmanTable.Extend(Take(size), size);
        coefficients[index] = _predictions[sc.FrameIndex] << low;
    }

    private int Take(int size)
    {
        int value = (int)(_bits >> (64 - size));
        Skip(size);
        return value;
    }

    private void Skip(int size)
    {
        _bits <<= size;
        _count -= size;
    }
}
