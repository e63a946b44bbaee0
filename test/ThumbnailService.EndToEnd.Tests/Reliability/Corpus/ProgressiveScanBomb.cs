namespace ThumbnailService.EndToEnd.Tests.Reliability.Corpus;

/// <summary>
/// Issue 12's file: a valid progressive 4:2:0 frame followed by thousands of DC scans of one data byte each. Before
/// the scan budget every decoder walked the whole frame once per scan: seconds of CPU per 10 KB, every attempt timed out.
/// </summary>
internal static class ProgressiveScanBomb
{
    public static byte[] Create(int width, int height, int scans)
    {
        using var jpeg = new MemoryStream();
        jpeg.Write([0xFF, 0xD8]);
        Segment(jpeg, 0xDB, [0, .. Enumerable.Repeat((byte)1, 64)]);
        Segment(jpeg, 0xC2, [8, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 3, 1, 0x22, 0, 2, 0x11, 0, 3, 0x11, 0]);
        Segment(jpeg, 0xC4, [0x00, 1, .. new byte[15], 0]); // DC table 0: category 0 coded "0": zero bits are flat blocks
        for (var i = 0; i < scans; i++)
        {
            Segment(jpeg, 0xDA, [3, 1, 0, 2, 0, 3, 0, 0, 0, 0]);
            jpeg.WriteByte(0);
        }

        jpeg.Write([0xFF, 0xD9]);
        return jpeg.ToArray();
    }

    private static void Segment(Stream jpeg, byte marker, byte[] payload)
    {
        jpeg.Write([0xFF, marker, (byte)((payload.Length + 2) >> 8), (byte)(payload.Length + 2)]);
        jpeg.Write(payload);
    }
}
