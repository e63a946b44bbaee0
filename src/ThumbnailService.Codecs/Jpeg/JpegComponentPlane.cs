namespace ThumbnailService.Codecs.Jpeg;

/// <summary>
/// One component of a sequential scan: its Huffman and quantisation tables and DC predictor, and its pixel strip
/// for the current MCU row (<see cref="JpegComponentStrip"/>).
/// </summary>
internal sealed class JpegComponentPlane(int horizontal, int vertical, int blocksPerLine, int blockSize, HuffmanTable dc, HuffmanTable ac, ushort[] quant)
    : JpegComponentStrip(horizontal, vertical, blocksPerLine, blockSize)
{
    public HuffmanTable Dc { get; } = dc;

    public HuffmanTable Ac { get; } = ac;

    public ushort[] Quant { get; } = quant;

    /// <summary>The DC predictor (T.81 F.2.1.3.1), reset to 0 at the scan start and every restart.</summary>
    public int Prediction { get; set; }
}
