using System.Runtime.InteropServices;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Advanced;
using SixLabors.ImageSharp.PixelFormats;

namespace ThumbnailService.Core.Imaging.Jpeg;

/// <summary>
/// Decodes the first (interleaved, sequential) scan MCU row by MCU row: entropy decoding, reduced IDCT into the
/// component strips, then upsampling and colour conversion straight into the image's rows. Memory is one strip
/// per component, whatever the image height.
/// </summary>
internal sealed class JpegScanDecoder : IDisposable
{
    private readonly JpegHeader _header;
    private readonly JpegComponentPlane[] _planes; // frame order: Y (or grey), Cb, Cr
    private readonly int _blockSize;
    private readonly sbyte[] _target;
    private readonly int _mcusPerLine;
    private readonly int _mcuRows;
    private readonly int _maxH;
    private readonly int _maxV;

    public JpegScanDecoder(JpegHeader header, int blockSize)
    {
        _header = header;
        _blockSize = blockSize;
        _target = JpegBlockDecoder.TargetMap(blockSize);
        JpegFrameInfo frame = header.Frame;
        bool single = frame.Components.Count == 1; // a one-component scan has one block per MCU, whatever the factors
        _maxH = single ? 1 : frame.Components[0].HorizontalSampling;
        _maxV = single ? 1 : frame.Components[0].VerticalSampling;
        _mcusPerLine = (frame.Width + (8 * _maxH) - 1) / (8 * _maxH);
        _mcuRows = (frame.Height + (8 * _maxV) - 1) / (8 * _maxV);
        _planes = new JpegComponentPlane[frame.Components.Count];
        try
        {
            foreach (JpegScanComponent sc in header.Scan)
            {
                _planes[sc.FrameIndex] = _planes[sc.FrameIndex] is null
                    ? CreatePlane(frame.Components[sc.FrameIndex], sc, single)
                    : throw new JpegFormatException("The scan names a component twice.");
            }
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public void DecodeInto(ReadOnlySpan<byte> data, Image<Rgb24> image, CancellationToken cancellationToken)
    {
        var reader = new JpegBitReader(data, _header.EntropyDataOffset);
        Span<float> block = stackalloc float[_blockSize * _blockSize];
        int interval = _header.RestartInterval, untilRestart = interval;
        for (int row = 0; row < _mcuRows; row++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (int column = 0; column < _mcusPerLine; column++)
            {
                if (interval > 0)
                {
                    if (untilRestart == 0)
                    {
                        reader.Restart();
                        Array.ForEach(_planes, plane => plane.Prediction = 0);
                        untilRestart = interval;
                    }

                    untilRestart--;
                }

                DecodeMcu(ref reader, column, block);
            }

            WriteRows(image, row);
        }
    }

    public void Dispose()
    {
        foreach (JpegComponentPlane? plane in _planes)
        {
            plane?.Dispose();
        }
    }

    private void DecodeMcu(ref JpegBitReader reader, int column, scoped Span<float> block)
    {
        foreach (JpegScanComponent sc in _header.Scan)
        {
            JpegComponentPlane plane = _planes[sc.FrameIndex];
            int prediction = plane.Prediction;
            for (int by = 0; by < plane.Vertical; by++)
            {
                for (int bx = 0; bx < plane.Horizontal; bx++)
                {
                    block.Clear();
                    bool hasAc = JpegBlockDecoder.Decode(ref reader, plane.Dc, plane.Ac, ref prediction, plane.Quant, _target, block);
                    JpegIdct.Transform(block, _blockSize, hasAc, plane.Block((column * plane.Horizontal) + bx, by), plane.Stride);
                }
            }

            plane.Prediction = prediction;
        }
    }

    private void WriteRows(Image<Rgb24> image, int mcuRow)
    {
        int rowsPerMcu = _maxV * _blockSize;
        int first = mcuRow * rowsPerMcu;
        int count = Math.Min(rowsPerMcu, image.Height - first);
        JpegComponentPlane luma = _planes[0];
        for (int r = 0; r < count; r++)
        {
            Span<byte> rgb = MemoryMarshal.AsBytes(image.DangerousGetPixelRowMemory(first + r).Span);
            if (_planes.Length == 1)
            {
                JpegColorConverter.GreyRow(luma.Row(r), rgb, image.Width);
                continue;
            }

            JpegComponentPlane cb = _planes[1], cr = _planes[2];
            JpegColorConverter.YCbCrRow(
                luma.Row(r),
                cb.Row(r / (_maxV / cb.Vertical)),
                cr.Row(r / (_maxV / cr.Vertical)),
                _maxH / cb.Horizontal,
                _maxH / cr.Horizontal,
                rgb,
                image.Width);
        }
    }

    private JpegComponentPlane CreatePlane(JpegComponentInfo info, JpegScanComponent sc, bool single)
    {
        HuffmanTable dc = _header.HuffmanTables[0][sc.DcTable & 3] ?? throw new JpegFormatException($"The scan uses DC Huffman table {sc.DcTable}, which is not defined.");
        HuffmanTable ac = _header.HuffmanTables[1][sc.AcTable & 3] ?? throw new JpegFormatException($"The scan uses AC Huffman table {sc.AcTable}, which is not defined.");
        ushort[] quant = _header.QuantTables[info.QuantTable] ?? throw new JpegFormatException($"Quantisation table {info.QuantTable} is not defined.");
        int h = single ? 1 : info.HorizontalSampling, v = single ? 1 : info.VerticalSampling;
        return new JpegComponentPlane(h, v, _mcusPerLine * h, _blockSize, dc, ac, quant);
    }
}
