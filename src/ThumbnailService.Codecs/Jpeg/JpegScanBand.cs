namespace ThumbnailService.Codecs.Jpeg;

/// <summary>
/// The part of each block a scan codes (T.81 B.2.3): the spectral selection <see cref="Start"/>..<see cref="End"/> in
/// zig-zag order and the successive-approximation bit positions <see cref="High"/> (Ah) and <see cref="Low"/> (Al).
/// </summary>
internal readonly record struct JpegScanBand(int Start, int End, int High, int Low)
{
    /// <summary>A sequential scan codes every coefficient in full: 0..63, no successive approximation.</summary>
    public bool IsSequential => (Start, End, High, Low) == (0, 63, 0, 0);

    /// <summary>The band of a scan header's tail (the three bytes after its component list).</summary>
    public static JpegScanBand Read(ReadOnlySpan<byte> tail) => new(tail[0], tail[1], tail[2] >> 4, tail[2] & 15);
}
