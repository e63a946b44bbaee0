using System.Text;

namespace ThumbnailService.Core.Imaging;

/// <summary>Reads the <c>ftyp</c> box of ISO base media files (HEIC, HEIF, AVIF, MP4, ...).</summary>
internal static class IsoBmffBrand
{
    /// <summary>
    /// Null when the bytes are not an ISO-BMFF file; the image format's name for HEIC/HEIF/AVIF;
    /// an empty string for other ISO-BMFF content (video, audio).
    /// </summary>
    public static string? Describe(ReadOnlySpan<byte> header)
    {
        if (header.Length < 16 || !header[4..8].SequenceEqual("ftyp"u8))
        {
            return null;
        }

        uint boxSize = (uint)((header[0] << 24) | (header[1] << 16) | (header[2] << 8) | header[3]);
        int end = (int)Math.Min(Math.Min(boxSize, (uint)header.Length), 256u);
        string? found = null;
        for (int offset = 8; offset + 4 <= end; offset += 4)
        {
            if (offset == 12)
            {
                continue; // minor version, not a brand
            }

            // A specific brand (AVIF, HEIC) wins over the generic HEIF one, wherever it is listed.
            string? name = Name(Encoding.ASCII.GetString(header.Slice(offset, 4)));
            if (name is not null && (found is null || found == "HEIF"))
            {
                found = name;
            }
        }

        return found ?? string.Empty;
    }

    /// <summary>Whether the ftyp box lists a brand of a HEIF still image or image sequence (HEIC, AVIF, generic HEIF).</summary>
    public static bool IsHeifImage(ReadOnlySpan<byte> header)
    {
        if (header.Length < 16 || !header[4..8].SequenceEqual("ftyp"u8))
        {
            return false;
        }

        uint boxSize = (uint)((header[0] << 24) | (header[1] << 16) | (header[2] << 8) | header[3]);
        int end = (int)Math.Min(Math.Min(boxSize, (uint)header.Length), 256u);
        for (int offset = 8; offset + 4 <= end; offset += 4)
        {
            if (offset != 12 && IsHeifBrand(header.Slice(offset, 4)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHeifBrand(ReadOnlySpan<byte> brand) =>
        brand.SequenceEqual("heic"u8) || brand.SequenceEqual("heix"u8) || brand.SequenceEqual("hevc"u8) ||
        brand.SequenceEqual("heim"u8) || brand.SequenceEqual("heis"u8) || brand.SequenceEqual("mif1"u8) ||
        brand.SequenceEqual("msf1"u8) || brand.SequenceEqual("avif"u8) || brand.SequenceEqual("avis"u8);

    private static string? Name(string brand) => brand switch
    {
        "avif" or "avis" => "AVIF",
        "heic" or "heix" or "heim" or "heis" or "hevc" or "hevx" or "hevm" or "hevs" => "HEIC",
        "mif1" or "msf1" or "mif2" => "HEIF",
        _ => null,
    };
}
