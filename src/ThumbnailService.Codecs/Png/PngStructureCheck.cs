using System.Buffers.Binary;

namespace ThumbnailService.Codecs.Png;

/// <summary>
/// Walks a PNG's chunks the way ImageSharp 2.1 does (a length past the end makes it try the next four bytes as a
/// length, and it stops at IEND) before its Identify reads them, and refuses: text it would mishandle
/// (<see cref="PngTextChunks"/>), EXIF with too many entries in eXIf chunks or legacy text (<see cref="ExifEntryBudget"/>,
/// <see cref="PngLegacyExif"/>), and a first IDAT chunk too short for the zlib header, which ImageSharp 2.1 reads from
/// that chunk alone (an index exception: a fault, retried).
/// </summary>
internal static class PngStructureCheck
{
    private const int SignatureLength = 8;
    private const uint Idat = 0x49444154, Iend = 0x49454E44, Exif = 0x65584966, Text = 0x74455874, CompressedText = 0x7A545874, InternationalText = 0x69545874;

    public static RenderOutcome.Rejected? Check(ReadOnlySpan<byte> data)
    {
        var exif = new ExifEntryBudget();
        var text = new PngTextChunks(exif, data.Length);
        int position = SignatureLength;
        bool imageData = false;
        while (NextChunk(data, ref position, out uint type, out ReadOnlySpan<byte> chunk) && type != Iend)
        {
            RenderOutcome.Rejected? refused = type switch
            {
                Idat when !imageData && chunk.Length < 2 => new(
                    RejectionReason.UnsupportedFormat,
                    "The PNG's first image data chunk is shorter than the 2-byte zlib header, which ImageSharp 2.1 cannot read across chunks."),
                Exif => exif.Add(chunk),
                Text => text.Text(chunk, compressed: false),
                CompressedText => text.Text(chunk, compressed: true),
                InternationalText => text.InternationalText(chunk),
                _ => null,
            };
            if (refused is not null)
            {
                return refused;
            }

            imageData |= type == Idat;
        }

        return null;
    }

    /// <summary>The next chunk as ImageSharp's TryReadChunk finds it; false at the end of the data.</summary>
    private static bool NextChunk(ReadOnlySpan<byte> data, ref int position, out uint type, out ReadOnlySpan<byte> chunk)
    {
        type = 0;
        chunk = default;
        int length;
        do
        {
            if (position + 4 > data.Length)
            {
                return false;
            }

            length = BinaryPrimitives.ReadInt32BigEndian(data[position..]);
            position += 4;
        }
        while (length < 0 || length > data.Length - position);

        if (position + 4 > data.Length || length > data.Length - position - 4)
        {
            return false; // no room for the type and data: ImageSharp ends here too
        }

        type = BinaryPrimitives.ReadUInt32BigEndian(data[position..]);
        chunk = data.Slice(position + 4, length);
        position += 4 + length + 4; // type, data, CRC
        return true;
    }
}
