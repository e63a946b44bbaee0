using System.Buffers.Binary;
using System.Globalization;

namespace ThumbnailService.Codecs.Bmp;

/// <summary>
/// An uncompressed BMP stores every row: its pixel data can be no shorter than stride x (rows - 1) plus the last row.
/// ImageSharp 2.1 decodes a shorter file without complaint (a 70-byte BMP declaring 7000 x 7000 cost 0.53 s for a black
/// image), so a BMP cut short of its rows is refused here, as a truncated JPEG is. Run-length encoded BMPs (RLE4,
/// RLE8) may end their data early by design; their cost is bounded by the pixel limit only, like any flat image's.
/// </summary>
internal static class BmpStructureCheck
{
    private const int FileHeaderLength = 14;

    public static RenderOutcome.Rejected? Check(ReadOnlySpan<byte> data)
    {
        if (data.Length < FileHeaderLength + 16)
        {
            return null; // ImageSharp rejects what it cannot read
        }

        int dibSize = BinaryPrimitives.ReadInt32LittleEndian(data[14..]);
        bool core = dibSize == 12; // BITMAPCOREHEADER: 16-bit sizes, never compressed
        if (!core && (dibSize < 40 || data.Length < FileHeaderLength + 34))
        {
            return null;
        }

        long width = core ? BinaryPrimitives.ReadUInt16LittleEndian(data[18..]) : BinaryPrimitives.ReadInt32LittleEndian(data[18..]);
        long rows = Math.Abs((long)(core ? BinaryPrimitives.ReadUInt16LittleEndian(data[20..]) : BinaryPrimitives.ReadInt32LittleEndian(data[22..])));
        int bits = BinaryPrimitives.ReadUInt16LittleEndian(data[(core ? 24 : 28)..]);
        uint compression = core ? 0 : BinaryPrimitives.ReadUInt32LittleEndian(data[30..]);
        bool uncompressed = compression == 0 || (compression is 3 or 6 && dibSize != 64); // BI_RGB, BI_(ALPHA)BITFIELDS; OS/2's 3 is Huffman
        if (!uncompressed || width <= 0 || rows == 0 || bits is not (1 or 2 or 4 or 8 or 16 or 24 or 32))
        {
            return null;
        }

        long offset = Math.Max(BinaryPrimitives.ReadUInt32LittleEndian(data[10..]), FileHeaderLength + dibSize);
        long stride = ((width * bits) + 31) / 32 * 4;
        long needed = offset + (stride * (rows - 1)) + (((width * bits) + 7) / 8);
        return data.Length >= needed ? null : new RenderOutcome.Rejected(
            RejectionReason.Corrupt,
            string.Format(CultureInfo.InvariantCulture, "The BMP's pixel data ends early: {0:N0} bytes of the {1:N0} its {2} x {3} pixels need (truncated upload?).", data.Length, needed, width, rows));
    }
}
