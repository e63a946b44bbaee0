namespace ThumbnailService.Core.Imaging.Jpeg;

/// <summary>
/// Walks the marker segments from SOI to the first SOS. Every length is checked against the data, so a lying
/// segment length ends in <see cref="JpegFormatException"/>, never an out-of-range read. Each step advances,
/// so the walk is bounded by the data length.
/// </summary>
internal static class JpegHeaderReader
{
    public static JpegHeader Read(ReadOnlySpan<byte> data)
    {
        if (data.Length < 4 || data[0] != 0xFF || data[1] != 0xD8)
        {
            throw new JpegFormatException("The data does not start with a JPEG SOI marker.");
        }

        var state = new JpegHeaderState();
        int position = 2;
        while (position + 1 < data.Length)
        {
            if (data[position] != 0xFF || data[position + 1] == 0xFF)
            {
                position++; // stray bytes or fill bytes between segments
                continue;
            }

            byte marker = data[position + 1];
            position += 2;
            if (marker is 0x01 or 0xD8 or (>= 0xD0 and <= 0xD7))
            {
                continue; // standalone markers
            }

            if (marker == 0xD9)
            {
                break;
            }

            if (position + 2 > data.Length)
            {
                break;
            }

            int length = (data[position] << 8) | data[position + 1];
            if (length < 2 || position + length > data.Length)
            {
                throw new JpegFormatException($"Marker FF{marker:X2} declares {length} bytes beyond the end of the data.");
            }

            ReadOnlySpan<byte> segment = data.Slice(position + 2, length - 2);
            position += length;
            if (marker == 0xDA)
            {
                return state.Finish(segment, position);
            }

            state.Accept(marker, segment);
        }

        throw new JpegFormatException("The JPEG data has no start-of-scan marker.");
    }
}
