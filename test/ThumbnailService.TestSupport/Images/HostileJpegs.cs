namespace ThumbnailService.TestSupport.Images;

/// <summary>JPEG decompression bombs (issue 12) and their near misses, made with <see cref="CraftedJpeg"/>.</summary>
internal static class HostileJpegs
{
    /// <summary>
    /// The security review's file: a valid progressive 4:2:0 frame, then <paramref name="scans"/> DC scans of one data
    /// byte each. Every decoder walks every block of the frame once per scan (past the data the bits read as zeros).
    /// </summary>
    public static byte[] EmptyDcScans(int width, int height, int scans)
    {
        var jpeg = new CraftedJpeg(0xC2, width, height, 0x22, 0x11, 0x11);
        for (int i = 0; i < scans; i++)
        {
            jpeg.Scan([1, 2, 3], 0, 0, 0, 0, [0]);
        }

        return jpeg.Finish();
    }

    /// <summary>A baseline frame whose only scan holds one byte: a decoder fills the whole frame from zero bits.</summary>
    public static byte[] EmptyBaselineScan(int width, int height) =>
        new CraftedJpeg(0xC0, width, height, 0x22, 0x11, 0x11).Scan([1, 2, 3], 0, 63, 0, 0, [0]).Finish();

    /// <summary>
    /// A greyscale progressive frame whose DC scan holds exactly the bytes its blocks need (flat grey), then
    /// <paramref name="acScans"/> AC scans each holding the fewest bytes that cover the frame with EOB runs: the most
    /// block visits a file can buy that every per-scan bound admits.
    /// </summary>
    public static byte[] MinimalAcScans(int width, int height, int acScans)
    {
        long blocks = (long)((width + 7) / 8) * ((height + 7) / 8);
        var jpeg = new CraftedJpeg(0xC2, width, height, 0x11).Scan([1], 0, 0, 0, 0, CraftedJpeg.FlatDcData(blocks));
        for (int i = 0; i < acScans; i++)
        {
            int band = 1 + (i % 63);
            jpeg.Scan([1], band, band, 0, 0, CraftedJpeg.EmptyAcData(blocks));
        }

        return jpeg.Finish();
    }
}
