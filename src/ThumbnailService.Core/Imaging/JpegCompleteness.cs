namespace ThumbnailService.Core.Imaging;

/// <summary>
/// ImageSharp 2.1 decodes a truncated JPEG without complaint (the missing rows come out grey), so we check that
/// the marker structure reaches its end-of-image marker. Walking the segments (rather than looking for FF D9
/// anywhere) skips the embedded EXIF thumbnail's own EOI, and tolerates data appended after EOI (motion photos).
/// </summary>
internal static class JpegCompleteness
{
    private const byte Marker = 0xFF;
    private const byte EndOfImage = 0xD9;
    private const byte StartOfScan = 0xDA;

    internal static bool ReachesEndOfImage(ReadOnlySpan<byte> data)
    {
        int i = 2; // after SOI
        while (i + 1 < data.Length)
        {
            if (data[i] != Marker || data[i + 1] == Marker)
            {
                i++; // fill bytes or stray data between segments: ImageSharp skips them too
                continue;
            }

            byte marker = data[i + 1];
            if (marker == EndOfImage)
            {
                return true;
            }

            if (IsStandalone(marker))
            {
                i += 2;
                continue;
            }

            if (i + 3 >= data.Length)
            {
                return false;
            }

            i += 2 + ((data[i + 2] << 8) | data[i + 3]);
            if (marker == StartOfScan)
            {
                i = Jpeg.JpegMarkerWalker.EndOfEntropyData(data, i);
            }
        }

        return false;
    }

    private static bool IsRestart(byte marker) => marker is >= 0xD0 and <= 0xD7;

    private static bool IsStandalone(byte marker) => IsRestart(marker) || marker is 0x01 or 0xD8;
}
