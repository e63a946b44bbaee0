using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ThumbnailService.Codecs.Jpeg;

/// <summary>
/// Decodes the first (interleaved, sequential) scan MCU row by MCU row: entropy decoding into a row of
/// coefficients here, then <see cref="JpegRowTransformer"/> (reduced IDCT into the component strips, upsampling and
/// colour conversion into the image's rows). Memory is one strip per component and a few coefficient rows, whatever
/// the image height.
/// </summary>
internal sealed class JpegScanDecoder : IDisposable
{
    /// <summary>MCU rows in flight between the entropy decoder and the transform thread.</summary>
    private const int PipelineSlots = 4;

    private readonly JpegHeader _header;
    private readonly JpegScanComponent[] _scan; // an array: a foreach over the IReadOnlyList allocated an enumerator per MCU
    private readonly JpegComponentPlane[] _planes; // frame order: Y (or grey), Cb, Cr
    private readonly int _blockSize;
    private readonly sbyte[] _target;
    private readonly int _lastKept;
    private readonly JpegMcuLayout _layout;
    private readonly JpegRowTransformer _transformer;

    public JpegScanDecoder(JpegHeader header, int blockSize)
    {
        _header = header;
        _scan = [.. header.Scan];
        _blockSize = blockSize;
        _target = JpegBlockDecoder.TargetMap(blockSize);
        _lastKept = JpegBlockDecoder.LastKept(_target);
        JpegFrameInfo frame = header.Frame;
        _layout = new JpegMcuLayout(frame);
        _planes = new JpegComponentPlane[frame.Components.Count];
        try
        {
            foreach (JpegScanComponent sc in header.Scan)
            {
                _planes[sc.FrameIndex] = _planes[sc.FrameIndex] is null
                    ? CreatePlane(frame.Components[sc.FrameIndex], sc)
                    : throw new JpegFormatException("The scan names a component twice.");
            }
        }
        catch
        {
            Dispose();
            throw;
        }

        _transformer = new JpegRowTransformer(_planes, blockSize, _layout);
    }

    /// <summary>
    /// Decodes the scan into <paramref name="image"/>. With <paramref name="pipelined"/>, the IDCT and colour
    /// conversion of each MCU row run on a second thread while the caller's thread entropy-decodes the next rows;
    /// the pixels are the same either way.
    /// </summary>
    public void DecodeInto(ReadOnlySpan<byte> data, Image<Rgb24> image, bool pipelined, CancellationToken cancellationToken)
    {
        var reader = new JpegBitReader(data, _header.EntropyDataOffset);
        int[] blocksPerRow = [.. _planes.Select((plane, c) => _layout.BlocksPerLine(c) * plane.Vertical)];
        var slots = new JpegCoefficientRow[pipelined ? PipelineSlots : 1];
        try
        {
            for (int i = 0; i < slots.Length; i++)
            {
                slots[i] = new JpegCoefficientRow(blocksPerRow, _blockSize);
            }

            if (pipelined)
            {
                DecodePipelined(ref reader, image, slots, cancellationToken);
            }
            else
            {
                for (int row = 0; row < _layout.McuRows; row++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    DecodeRow(ref reader, row, slots[0]);
                    _transformer.TransformRow(slots[0], image, row);
                }
            }
        }
        finally
        {
            Array.ForEach(slots, slot => slot?.Dispose());
        }
    }

    public void Dispose()
    {
        foreach (JpegComponentPlane? plane in _planes)
        {
            plane?.Dispose();
        }
    }

    private void DecodePipelined(ref JpegBitReader reader, Image<Rgb24> image, JpegCoefficientRow[] slots, CancellationToken cancellationToken)
    {
        using var handoff = new JpegRowHandoff(_layout.McuRows, slots.Length, row => _transformer.TransformRow(slots[row % slots.Length], image, row), cancellationToken);
        for (int row = 0; row < _layout.McuRows; row++)
        {
            handoff.WaitForFreeSlot();
            DecodeRow(ref reader, row, slots[row % slots.Length]);
            handoff.Publish();
        }

        handoff.Complete();
    }

    /// <summary>Entropy-decodes MCU row <paramref name="row"/> into <paramref name="slot"/>, handling restart intervals.</summary>
    private void DecodeRow(ref JpegBitReader reader, int row, JpegCoefficientRow slot)
    {
        slot.Clear();
        int interval = _header.RestartInterval;
        for (int column = 0; column < _layout.McusPerLine; column++)
        {
            if (interval > 0 && ((row * _layout.McusPerLine) + column) % interval == 0 && (row | column) != 0)
            {
                reader.Restart();
                Array.ForEach(_planes, plane => plane.Prediction = 0);
            }

            DecodeMcu(ref reader, column, slot);
        }
    }

    private void DecodeMcu(ref JpegBitReader reader, int column, JpegCoefficientRow slot)
    {
        foreach (JpegScanComponent sc in _scan)
        {
            int c = sc.FrameIndex;
            JpegComponentPlane plane = _planes[c];
            int prediction = plane.Prediction, blocksPerLine = plane.Horizontal * _layout.McusPerLine;
            for (int by = 0; by < plane.Vertical; by++)
            {
                for (int bx = 0; bx < plane.Horizontal; bx++)
                {
                    int index = (by * blocksPerLine) + (column * plane.Horizontal) + bx;
                    slot.SetHasAc(c, index, JpegBlockDecoder.Decode(ref reader, plane.Dc, plane.Ac, ref prediction, plane.Quant, _target, _lastKept, slot.Block(c, index)));
                }
            }

            plane.Prediction = prediction;
        }
    }

    private JpegComponentPlane CreatePlane(JpegComponentInfo info, JpegScanComponent sc)
    {
        HuffmanTable dc = _header.HuffmanTables[0][sc.DcTable & 3] ?? throw new JpegFormatException($"The scan uses DC Huffman table {sc.DcTable}, which is not defined.");
        HuffmanTable ac = _header.HuffmanTables[1][sc.AcTable & 3] ?? throw new JpegFormatException($"The scan uses AC Huffman table {sc.AcTable}, which is not defined.");
        ushort[] quant = _header.QuantTables[info.QuantTable] ?? throw new JpegFormatException($"Quantisation table {info.QuantTable} is not defined.");
        int c = sc.FrameIndex;
        return new JpegComponentPlane(_layout.Horizontal(c), _layout.Vertical(c), _layout.BlocksPerLine(c), _blockSize, dc, ac, quant);
    }
}
