namespace ThumbnailService.Codecs.Jpeg;

/// <summary>The tables and frame collected by <see cref="JpegHeaderReader"/> while it walks the segments.</summary>
internal sealed class JpegHeaderState
{
    private readonly ushort[]?[] _quantTables = new ushort[]?[4];
    private readonly HuffmanTable?[][] _huffmanTables = [new HuffmanTable?[4], new HuffmanTable?[4]];
    private JpegFrameInfo? _frame;
    private int _restartInterval;
    private int _adobeTransform = JpegFrameInfo.NoAdobeSegment;
    private bool _hasJfif;

    /// <summary>SOF0..SOF15: every C0..CF marker but DHT (C4), JPG (C8) and DAC (CC).</summary>
    public static bool IsFrameMarker(byte marker) => marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC);

    public void Accept(byte marker, ReadOnlySpan<byte> segment)
    {
        switch (marker)
        {
            case 0xC4:
                ReadHuffmanTables(segment);
                break;
            case 0xDB:
                ReadQuantTables(segment);
                break;
            case 0xDD:
                _restartInterval = segment.Length >= 2 ? (segment[0] << 8) | segment[1] : throw new JpegFormatException("DRI segment is too short.");
                break;
            case 0xE0:
                _hasJfif |= segment.StartsWith("JFIF\0"u8);
                break;
            case 0xEE when segment.Length >= 12 && segment.StartsWith("Adobe"u8):
                _adobeTransform = segment[11];
                break;
            case var frame when IsFrameMarker(frame):
                ReadFrame(marker, segment);
                break;
            default:
                break; // APPn, COM, DAC, ...: not needed
        }
    }

    public JpegHeader Finish(ReadOnlySpan<byte> scan, int entropyDataOffset)
    {
        if (_frame is null)
        {
            throw new JpegFormatException("Start-of-scan before the frame header (SOF).");
        }

        int count = scan.Length >= 1 ? scan[0] : 0;
        if (count is < 1 or > 4 || scan.Length < 4 + (2 * count))
        {
            throw new JpegFormatException("The scan header is malformed.");
        }

        var components = new JpegScanComponent[count];
        for (int i = 0; i < count; i++)
        {
            int id = scan[1 + (2 * i)];
            int index = IndexOfComponent(id);
            int tables = scan[2 + (2 * i)];
            components[i] = new JpegScanComponent(index, tables >> 4, tables & 15);
        }

        JpegScanBand band = JpegScanBand.Read(scan[(1 + (2 * count))..]);
        JpegFrameInfo frame = _frame with { AdobeTransform = _adobeTransform, HasJfif = _hasJfif, FirstScanComponentCount = count };
        // Copies of the table slots: a later DQT or DHT (progressive files often define tables per scan) must not change this scan's.
        HuffmanTable?[][] huffman = [[.. _huffmanTables[0]], [.. _huffmanTables[1]]];
        return new JpegHeader(frame, [.. _quantTables], huffman, _restartInterval, components, band, entropyDataOffset);
    }

    private int IndexOfComponent(int id)
    {
        for (int i = 0; i < _frame!.Components.Count; i++)
        {
            if (_frame.Components[i].Id == id)
            {
                return i;
            }
        }

        throw new JpegFormatException($"The scan names component {id}, which the frame does not have.");
    }

    private void ReadFrame(byte marker, ReadOnlySpan<byte> segment)
    {
        if (_frame is not null)
        {
            throw new JpegFormatException("The JPEG data has more than one frame header.");
        }

        int count = segment.Length >= 6 ? segment[5] : 0;
        if (count < 1 || segment.Length < 6 + (3 * count))
        {
            throw new JpegFormatException("The frame header (SOF) is malformed.");
        }

        var components = new JpegComponentInfo[count];
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<byte> c = segment.Slice(6 + (3 * i), 3);
            int h = c[1] >> 4, v = c[1] & 15;
            if (h is < 1 or > 4 || v is < 1 or > 4 || c[2] > 3)
            {
                throw new JpegFormatException("A frame component has invalid sampling factors or table selector.");
            }

            components[i] = new JpegComponentInfo(c[0], h, v, c[2]);
        }

        int height = (segment[1] << 8) | segment[2];
        int width = (segment[3] << 8) | segment[4];
        _frame = new JpegFrameInfo(width, height, segment[0], marker, components, JpegFrameInfo.NoAdobeSegment, false, 0);
    }

    private void ReadQuantTables(ReadOnlySpan<byte> segment)
    {
        while (!segment.IsEmpty)
        {
            int precision = segment[0] >> 4, slot = segment[0] & 15;
            int size = precision == 0 ? 64 : 128;
            if (slot > 3 || precision > 1 || segment.Length < 1 + size)
            {
                throw new JpegFormatException("A quantisation table (DQT) is malformed.");
            }

            var table = new ushort[64];
            for (int k = 0; k < 64; k++)
            {
                table[k] = precision == 0 ? segment[1 + k] : (ushort)((segment[1 + (2 * k)] << 8) | segment[2 + (2 * k)]);
            }

            _quantTables[slot] = table;
            segment = segment[(1 + size)..];
        }
    }

    private void ReadHuffmanTables(ReadOnlySpan<byte> segment)
    {
        while (!segment.IsEmpty)
        {
            int tableClass = segment[0] >> 4, slot = segment[0] & 15;
            if (tableClass > 1 || slot > 3 || segment.Length < 17)
            {
                throw new JpegFormatException("A Huffman table (DHT) is malformed.");
            }

            ReadOnlySpan<byte> counts = segment.Slice(1, 16);
            int total = 0;
            foreach (byte count in counts)
            {
                total += count;
            }

            if (total > 256 || segment.Length < 17 + total)
            {
                throw new JpegFormatException("A Huffman table (DHT) declares more symbols than it holds.");
            }

            _huffmanTables[tableClass][slot] = new HuffmanTable(counts, segment.Slice(17, total), tableClass == 1);
            segment = segment[(17 + total)..];
        }
    }
}
