namespace ThumbnailService.Codecs.Jpeg;

/// <summary>
/// Everything the headers before the first scan define: the frame, quantisation tables (zig-zag order, null when
/// undefined), Huffman tables ([0] DC, [1] AC; four slots each), the restart interval, the first scan (its components
/// and band) and where its entropy-coded data starts.
/// </summary>
internal sealed record JpegHeader(
    JpegFrameInfo Frame,
    ushort[]?[] QuantTables,
    HuffmanTable?[][] HuffmanTables,
    int RestartInterval,
    IReadOnlyList<JpegScanComponent> Scan,
    JpegScanBand Band,
    int EntropyDataOffset);
