namespace ThumbnailService.Codecs.Jpeg;

/// <summary>
/// Steps through a JPEG's marker segments. Every length is checked against the data, so a lying segment length ends
/// in <see cref="JpegFormatException"/>, never an out-of-range read; each step advances, so a walk is bounded by the
/// data length.
/// </summary>
internal static class JpegMarkerWalker
{
    /// <summary>
    /// The next segment from <paramref name="position"/> (stray and fill bytes and standalone markers skipped), with
    /// <paramref name="position"/> moved past it (for SOS: to its entropy-coded data). False at EOI or the data's end.
    /// </summary>
    public static bool Next(ReadOnlySpan<byte> data, ref int position, out byte marker, out ReadOnlySpan<byte> segment)
    {
        segment = default;
        while (position + 1 < data.Length)
        {
            if (data[position] != 0xFF || data[position + 1] == 0xFF)
            {
                position++;
                continue;
            }

            marker = data[position + 1];
            position += 2;
            if (marker is 0x01 or 0xD8 or (>= 0xD0 and <= 0xD7))
            {
                continue;
            }

            if (marker == 0xD9 || position + 2 > data.Length)
            {
                return false;
            }

            int length = (data[position] << 8) | data[position + 1];
            if (length < 2 || position + length > data.Length)
            {
                throw new JpegFormatException($"Marker FF{marker:X2} declares {length} bytes beyond the end of the data.");
            }

            segment = data.Slice(position + 2, length - 2);
            position += length;
            return true;
        }

        marker = 0;
        return false;
    }

    /// <summary>
    /// Where the entropy-coded data starting at <paramref name="start"/> ends: the FF of its next marker (RSTn and
    /// stuffed FF 00 are data), or the data's length when there is none (also for a start past the end).
    /// </summary>
    public static int EndOfEntropyData(ReadOnlySpan<byte> data, int start)
    {
        if (start >= data.Length)
        {
            return data.Length;
        }

        int position = start;
        while (true)
        {
            int found = data[position..].IndexOf((byte)0xFF);
            if (found < 0 || position + found + 1 >= data.Length)
            {
                return data.Length;
            }

            position += found + 1;
            if (data[position] is not (0x00 or 0xFF or (>= 0xD0 and <= 0xD7)))
            {
                return position - 1;
            }
        }
    }
}
