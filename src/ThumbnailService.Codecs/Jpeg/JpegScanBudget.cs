using System.Globalization;

namespace ThumbnailService.Codecs.Jpeg;

/// <summary>
/// Keeps a JPEG's decoding work proportional to its size. A decoder walks every block a scan covers, however little
/// data the scan holds (past its end the bits read as zeros), so a file of thousands of tiny scans over a large frame
/// costs seconds per kilobyte. Each scan is admitted here before it is decoded: at most <see cref="MaxScans"/>, and
/// each with at least the entropy-coded bytes its blocks need (<see cref="MinimumBits"/>). Not thread-safe: one per decode.
/// </summary>
internal sealed class JpegScanBudget
{
    /// <summary>
    /// Far above what encoders write: libjpeg's progressive script has 10 scans (6 for greyscale), Photoshop 3 to 5,
    /// mozjpeg's and jpegli's optimised scripts stay around 10 to 20; libjpeg-turbo has the same kind of cap
    /// (<c>djpeg -maxscans</c>, TurboJPEG's scan limit). With <see cref="MinimumBits"/> the per-scan data bound already
    /// keeps DC and sequential scans proportional; the cap bounds the rest, AC scans whose end-of-band runs cover up to
    /// 32,767 blocks per 15 bits (a decoder still steps through each block): at most 100 passes over the frame.
    /// </summary>
    public const int MaxScans = 100;

    private int _scans;

    /// <summary>Blocks of the scans admitted so far: what a decoder steps through for them (ours: the DC scans').</summary>
    public long BlocksAdmitted { get; private set; }

    /// <summary>
    /// Lower bound on the entropy-coded bits a Huffman scan of <paramref name="blocks"/> blocks holds, or 0 when the
    /// frame is not Huffman-coded DCT (arithmetic coding can spend under a bit per block; ImageSharp refuses those).
    /// Sequential: each block codes a DC difference and then an end-of-block or a coefficient, one code of at least
    /// a bit each. Progressive DC: a first scan codes a DC difference per block, a refinement one bit per block.
    /// Progressive AC: an end-of-band run EOBr (code of at least a bit, then r extra bits) covers at most 2^(r+1) - 1
    /// blocks, most per bit at r = 14 (32,767 blocks in 15 bits); every other block takes at least one code.
    /// </summary>
    public static long MinimumBits(JpegFrameInfo frame, JpegScanBand band, long blocks)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return !frame.IsHuffmanDct ? 0
            : !frame.IsProgressive ? 2 * blocks
            : band.Start == 0 ? blocks
            : ((blocks * 15) + 32_766) / 32_767;
    }

    /// <summary>
    /// Whether the scan codes every block it covers (so its data pays for them): a sequential scan, or a progressive
    /// DC first scan. Every component of a Huffman frame needs one; an AC scan pays for a block with a 15,000th of a byte.
    /// </summary>
    public static bool CodesEveryBlock(JpegFrameInfo frame, JpegScanBand band)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return frame.IsHuffmanDct && (!frame.IsProgressive || (band.Start == 0 && band.High == 0));
    }

    /// <summary>
    /// Blocks a scan covers (T.81 A.2): an interleaved scan walks whole MCUs (each component's H x V blocks), a
    /// one-component scan only that component's own blocks, ceil(ceil(X * H / Hmax) / 8) x ceil(ceil(Y * V / Vmax) / 8).
    /// </summary>
    public static long Blocks(JpegFrameInfo frame, IReadOnlyList<JpegScanComponent> scan)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(scan);
        int maxH = frame.Components.Max(c => c.HorizontalSampling), maxV = frame.Components.Max(c => c.VerticalSampling);
        if (scan.Count == 1)
        {
            JpegComponentInfo c = frame.Components[scan[0].FrameIndex];
            return Ceiling(Ceiling((long)frame.Width * c.HorizontalSampling, maxH), 8) * Ceiling(Ceiling((long)frame.Height * c.VerticalSampling, maxV), 8);
        }

        long mcus = Ceiling(frame.Width, 8L * maxH) * Ceiling(frame.Height, 8L * maxV);
        return mcus * scan.Sum(sc => frame.Components[sc.FrameIndex].HorizontalSampling * frame.Components[sc.FrameIndex].VerticalSampling);
    }

    /// <summary>
    /// Counts the scan whose header is <paramref name="scan"/> and whose entropy-coded data is
    /// <paramref name="dataLength"/> bytes: null when it may be decoded, else why the whole file is refused.
    /// </summary>
    public RenderOutcome.Rejected? Admit(JpegHeader scan, int dataLength)
    {
        ArgumentNullException.ThrowIfNull(scan);
        if (++_scans > MaxScans)
        {
            return new RenderOutcome.Rejected(
                RejectionReason.TooMuchWork,
                $"The JPEG has more than {MaxScans} scans; encoders write at most about 20, so it is refused rather than decoded.");
        }

        long blocks = Blocks(scan.Frame, scan.Scan);
        long minimumBytes = (MinimumBits(scan.Frame, scan.Band, blocks) + 7) / 8;
        if (dataLength >= minimumBytes)
        {
            BlocksAdmitted += blocks;
            return null;
        }

        return new RenderOutcome.Rejected(
            RejectionReason.Corrupt,
            string.Format(
                CultureInfo.InvariantCulture,
                "JPEG scan {0} holds {1:N0} bytes of data for {2:N0} blocks, which need at least {3:N0}: the data is cut short or the file is built to waste decoding work.",
                _scans,
                dataLength,
                blocks,
                minimumBytes));
    }

    private static long Ceiling(long value, long divisor) => (value + divisor - 1) / divisor;
}
