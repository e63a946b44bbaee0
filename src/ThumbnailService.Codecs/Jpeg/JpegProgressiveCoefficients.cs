namespace ThumbnailService.Codecs.Jpeg;

/// <summary>
/// The quantised coefficients a progressive decode at N x N per block keeps, for every block of every component
/// (MCU-padded grids, <see cref="JpegMcuLayout"/>): N x N shorts per block in row-major order (4 at 1/4 scale, 16 at
/// 1/2, 64 at full scale), plus a 64-bit mask per block of which zig-zag positions are non-zero so far, which AC
/// refinement scans need for coefficients the scale drops too. At most 2 x N x N + 8 bytes per 64 pixels of each
/// component: the pixel limit, checked before any decoder runs, bounds it.
/// </summary>
internal sealed class JpegProgressiveCoefficients
{
    private readonly short[][] _values;
    private readonly ulong[][] _nonZero;

    public JpegProgressiveCoefficients(JpegFrameInfo frame, int blockSize)
    {
        Layout = new JpegMcuLayout(frame);
        BlockSize = blockSize;
        BlockLength = blockSize * blockSize;
        Target = JpegBlockDecoder.TargetMap(blockSize);
        int count = frame.Components.Count;
        _values = new short[count][];
        _nonZero = new ulong[count][];
        for (int c = 0; c < count; c++)
        {
            int blocks = checked(Layout.BlocksPerLine(c) * Layout.BlockRows(c));
            _values[c] = new short[checked(blocks * BlockLength)];
            _nonZero[c] = new ulong[blocks];
        }
    }

    public JpegMcuLayout Layout { get; }

    /// <summary>N: 8 / scale denominator.</summary>
    public int BlockSize { get; }

    /// <summary>N x N: the shorts kept per block.</summary>
    public int BlockLength { get; }

    /// <summary>For zig-zag index k: its place in a kept block, or -1 (<see cref="JpegBlockDecoder.TargetMap"/>).</summary>
    public sbyte[] Target { get; }

    /// <summary>Component <paramref name="component"/>'s kept coefficients, <see cref="BlockLength"/> per block in grid order.</summary>
    public short[] Values(int component) => _values[component];

    /// <summary>Component <paramref name="component"/>'s non-zero masks, one per block in grid order (bit k: zig-zag index k).</summary>
    public ulong[] NonZero(int component) => _nonZero[component];
}
