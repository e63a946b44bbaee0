namespace ThumbnailService.Codecs.Jpeg;

/// <summary>
/// Which scans of a progressive JPEG a decode at a reduced scale must read. A scale keeps zig-zag positions
/// 0..<c>lastKept</c> of each block; an AC scan whose band holds none of them is stepped over without decoding, unless
/// a band that is read overlaps it: an AC refinement scan must know every coefficient of its band that earlier scans
/// made non-zero, kept or not (libjpeg's standard script refines 1..63 after a first scan of 6..63, so at 1/4 scale
/// the 6..63 scan must still be read). So the needed positions of each component grow to every band that touches
/// them, until nothing changes; DC scans are always read.
/// </summary>
internal static class JpegBandPlan
{
    /// <summary>For each scan of <paramref name="scans"/>, whether it must be decoded for a scale keeping 0..<paramref name="lastKept"/>.</summary>
    public static bool[] Needed(IReadOnlyList<JpegScanList.Entry> scans, int componentCount, int lastKept)
    {
        ArgumentNullException.ThrowIfNull(scans);
        var needed = new ulong[componentCount];
        Array.Fill(needed, Mask(0, lastKept));
        bool grew = true;
        while (grew)
        {
            grew = false;
            foreach (JpegScanList.Entry entry in scans)
            {
                JpegHeader scan = entry.Header;
                if (scan.Band.Start == 0 || scan.Scan.Count != 1)
                {
                    continue;
                }

                int c = scan.Scan[0].FrameIndex;
                ulong band = Mask(scan.Band.Start, scan.Band.End);
                if ((needed[c] & band) != 0 && (needed[c] | band) != needed[c])
                {
                    needed[c] |= band;
                    grew = true;
                }
            }
        }

        return [.. scans.Select(entry => entry.Header.Band.Start == 0 || entry.Header.Scan.Count != 1
            || (needed[entry.Header.Scan[0].FrameIndex] & Mask(entry.Header.Band.Start, entry.Header.Band.End)) != 0)];
    }

    /// <summary>Bits <paramref name="first"/>..<paramref name="last"/> (clamped to 0..63; empty when first &gt; last).</summary>
    private static ulong Mask(int first, int last)
    {
        first = Math.Clamp(first, 0, 63);
        last = Math.Min(last, 63);
        if (first > last)
        {
            return 0;
        }

        ulong upTo = last == 63 ? ulong.MaxValue : (1UL << (last + 1)) - 1;
        return upTo & ~((1UL << first) - 1);
    }
}
