using System.IO.Compression;

namespace ThumbnailService.Codecs.Png;

/// <summary>
/// Inflates a PNG chunk's zlib stream up to a limit (a few bytes of deflate can stand for a thousand times as many),
/// reading the zlib header as ImageSharp 2.1 does: method 8 (deflate) or nothing, a preset dictionary's id skipped,
/// the check bits and the Adler-32 trailer not checked.
/// </summary>
internal static class PngInflater
{
    /// <summary>Whether <paramref name="zlib"/> starts with a deflate header; ImageSharp ignores text that does not.</summary>
    public static bool IsDeflate(ReadOnlySpan<byte> zlib) => zlib.Length >= 2 && (zlib[0] & 0x0F) == 8;

    /// <summary>
    /// The inflated bytes, or null when the stream is not deflate or malformed (<paramref name="tooLarge"/> false),
    /// or inflates to more than <paramref name="maxBytes"/> (<paramref name="tooLarge"/> true; reading stops there).
    /// </summary>
    public static byte[]? Inflate(ReadOnlySpan<byte> zlib, int maxBytes, out bool tooLarge)
    {
        tooLarge = false;
        int header = (zlib.Length >= 2 && (zlib[1] & 0x20) != 0) ? 6 : 2; // FDICT: a 4-byte dictionary id follows
        if (!IsDeflate(zlib) || zlib.Length < header)
        {
            return null;
        }

        try
        {
            using var inflater = new DeflateStream(new MemoryStream(zlib[header..].ToArray()), CompressionMode.Decompress);
            var output = new MemoryStream();
            var buffer = new byte[16 * 1024];
            int read;
            while ((read = inflater.Read(buffer)) > 0)
            {
                if (output.Length + read > maxBytes)
                {
                    tooLarge = true;
                    return null;
                }

                output.Write(buffer, 0, read);
            }

            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
