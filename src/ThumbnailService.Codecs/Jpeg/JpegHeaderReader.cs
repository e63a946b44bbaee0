namespace ThumbnailService.Codecs.Jpeg;

/// <summary>Walks the marker segments from SOI to the first SOS (<see cref="JpegMarkerWalker"/>).</summary>
internal static class JpegHeaderReader
{
    public static JpegHeader Read(ReadOnlySpan<byte> data) => Read(data, metadata: null);

    /// <summary><see cref="Read(ReadOnlySpan{byte})"/>, handing every segment on the way to <paramref name="metadata"/>.</summary>
    public static JpegHeader Read(ReadOnlySpan<byte> data, JpegMetadataSegments? metadata)
    {
        if (data.Length < 4 || data[0] != 0xFF || data[1] != 0xD8)
        {
            throw new JpegFormatException("The data does not start with a JPEG SOI marker.");
        }

        var state = new JpegHeaderState();
        int position = 2;
        while (JpegMarkerWalker.Next(data, ref position, out byte marker, out ReadOnlySpan<byte> segment))
        {
            if (marker == 0xDA)
            {
                return state.Finish(segment, position);
            }

            metadata?.Accept(marker, segment);
            state.Accept(marker, segment);
        }

        throw new JpegFormatException("The JPEG data has no start-of-scan marker.");
    }
}
