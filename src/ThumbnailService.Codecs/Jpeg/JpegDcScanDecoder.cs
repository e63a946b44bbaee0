namespace ThumbnailService.Codecs.Jpeg;

/// <summary>
/// One DC scan of a progressive JPEG into <see cref="JpegDcPlanes"/> (T.81 G.1.2.1). A first scan (Ah = 0) decodes
/// each block's DC difference and stores the predicted value shifted left by Al; a refinement scan (Ah &gt; 0) adds
/// one bit at Al. Interleaved scans walk MCUs; a one-component scan walks that component's own blocks in raster
/// order (A.2.2), which can be fewer than its padded grid.
/// </summary>
internal sealed class JpegDcScanDecoder(JpegHeader scan, JpegDcPlanes planes)
{
    private readonly int _high = scan.Band.High;
    private readonly int _low = scan.Band.Low;
    private readonly int[] _predictions = new int[scan.Frame.Components.Count];
    private readonly HuffmanTable?[] _dcTables = new HuffmanTable?[scan.Frame.Components.Count]; // first scans only
    private ulong _bits;
    private int _count;

    public void Decode(ReadOnlySpan<byte> data)
    {
        if (_low > 13 || scan.Scan.Count == 0)
        {
            throw new JpegFormatException("A DC scan has an impossible successive-approximation position.");
        }

        if (_high == 0)
        {
            foreach (JpegScanComponent sc in scan.Scan)
            {
                _dcTables[sc.FrameIndex] = scan.HuffmanTables[0][sc.DcTable & 3]
                    ?? throw new JpegFormatException($"The scan uses DC Huffman table {sc.DcTable}, which is not defined.");
            }
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
        for (int my = 0; my < planes.Layout.McuRows; my++)
        {
            for (int mx = 0; mx < planes.Layout.McusPerLine; mx++)
            {
                RestartIfDue(ref reader, unit++);
                foreach (JpegScanComponent sc in scan.Scan)
                {
                    int c = sc.FrameIndex, h = planes.Layout.Horizontal(c), v = planes.Layout.Vertical(c);
                    for (int by = 0; by < v; by++)
                    {
                        for (int bx = 0; bx < h; bx++)
                        {
                            Block(ref reader, sc, (((my * v) + by) * planes.Layout.BlocksPerLine(c)) + (mx * h) + bx);
                        }
                    }
                }
            }
        }
    }

    private void DecodeComponent(ref JpegBitReader reader, JpegScanComponent sc)
    {
        int c = sc.FrameIndex;
        JpegMcuLayout layout = planes.Layout;
        int width = (int)(((long)planes.Frame.Width * layout.Horizontal(c)) + layout.MaxH - 1) / layout.MaxH;
        int height = (int)(((long)planes.Frame.Height * layout.Vertical(c)) + layout.MaxV - 1) / layout.MaxV;
        int blocksPerLine = (width + 7) / 8, blockRows = (height + 7) / 8, unit = 0;
        for (int by = 0; by < blockRows; by++)
        {
            for (int bx = 0; bx < blocksPerLine; bx++)
            {
                RestartIfDue(ref reader, unit++);
                Block(ref reader, sc, (by * planes.Layout.BlocksPerLine(c)) + bx);
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
        if (_high != 0)
        {
            coefficients[index] |= JpegBlockDecoder.TakeBits(ref _bits, ref _count, 1) << _low;
            return;
        }

        _predictions[sc.FrameIndex] += JpegBlockDecoder.DecodeDcDifference(_dcTables[sc.FrameIndex]!, ref _bits, ref _count, maxCategory: 11);
        coefficients[index] = _predictions[sc.FrameIndex] << _low;
    }
}
