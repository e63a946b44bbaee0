namespace ThumbnailService.TestSupport.Images;

/// <summary>
/// JPEG files assembled segment by segment, for the shapes no encoder writes: any frame marker and size, and any list
/// of scans with any data. Tables: DQT 0 all ones; DC Huffman table 0 has one symbol, category 0, coded "0" (so zero
/// bits decode as flat blocks); AC table 0 has EOB "0" and EOB14 "10" (a run of up to 32,767 blocks in 16 bits).
/// </summary>
internal sealed class CraftedJpeg
{
    private readonly List<byte> _bytes = [0xFF, 0xD8];

    /// <summary>Header up to the first scan. <paramref name="sampling"/>: one (H &lt;&lt; 4 | V) per component, ids 1, 2, ...</summary>
    public CraftedJpeg(byte frameMarker, int width, int height, params byte[] sampling)
    {
        Segment(0xDB, [0, .. Enumerable.Repeat((byte)1, 64)]);
        var frame = new List<byte> { 8, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, (byte)sampling.Length };
        for (int c = 0; c < sampling.Length; c++)
        {
            frame.AddRange([(byte)(c + 1), sampling[c], 0]);
        }

        Segment(frameMarker, [.. frame]);
        Segment(0xC4, [0x00, 1, .. new byte[15], 0]);
        Segment(0xC4, [0x10, 1, 1, .. new byte[14], 0x00, 0xE0]);
    }

    /// <summary>Entropy-coded data of a DC first scan over <paramref name="blocks"/> blocks: one "0" code each.</summary>
    public static byte[] FlatDcData(long blocks) => new byte[(blocks + 7) / 8];

    /// <summary>Entropy-coded data of an AC scan over <paramref name="blocks"/> blocks: EOB14 runs (FF stuffed).</summary>
    public static byte[] EmptyAcData(long blocks) =>
        [.. Enumerable.Range(0, (int)((blocks + 32_766) / 32_767)).SelectMany(_ => new byte[] { 0xBF, 0xFF, 0x00 })];

    /// <summary>A scan of the components <paramref name="ids"/> (table 0 for DC and AC) coding band Ss..Se, Ah, Al.</summary>
    public CraftedJpeg Scan(int[] ids, int start, int end, int high, int low, byte[] data)
    {
        Segment(0xDA, [(byte)ids.Length, .. ids.SelectMany(id => new byte[] { (byte)id, 0x00 }), (byte)start, (byte)end, (byte)((high << 4) | low)]);
        _bytes.AddRange(data);
        return this;
    }

    /// <summary>Any segment, e.g. a second frame header or an APPn.</summary>
    public CraftedJpeg Segment(byte marker, byte[] payload)
    {
        _bytes.AddRange([0xFF, marker, (byte)((payload.Length + 2) >> 8), (byte)(payload.Length + 2), .. payload]);
        return this;
    }

    public byte[] Finish() => [.. _bytes, 0xFF, 0xD9];
}
