using System.Text;

namespace ThumbnailService.Bench.Corpus;

/// <summary>
/// What the bench needs to know about a HEIC/HEIF/AVIF file without decoding it: that it is one (by extension),
/// whether its images are HEVC-coded (HEIC: no AV1 brand in ftyp), and whether it has an alpha plane (an auxC property
/// naming an alpha auxiliary image in the header). A bench heuristic, not the product's box walk.
/// </summary>
internal static class HeifFiles
{
    public static readonly string[] Extensions = [".heic", ".heif", ".avif"];

    /// <summary>The header bytes searched: meta comes first in what cameras and heif-enc write.</summary>
    private const int HeaderBytes = 256 * 1024;

    public static bool IsHeif(string path) => Extensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    /// <summary>HEVC-coded (HEIC) rather than AV1 (AVIF): the ftyp box lists no avif/avis brand.</summary>
    public static bool IsHevc(string path)
    {
        if (!IsHeif(path))
        {
            return false;
        }

        string ftyp = Encoding.ASCII.GetString(Header(path, 64));
        return !ftyp.Contains("avif", StringComparison.Ordinal) && !ftyp.Contains("avis", StringComparison.Ordinal);
    }

    public static bool HasAlpha(string path)
    {
        string header = Encoding.ASCII.GetString(Header(path, HeaderBytes));
        return header.Contains("urn:mpeg:hevc:2015:auxid:1", StringComparison.Ordinal)
            || header.Contains("urn:mpeg:mpegB:cicp:systems:auxiliary:alpha", StringComparison.Ordinal);
    }

    private static byte[] Header(string path, int length)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[(int)Math.Min(length, stream.Length)];
        stream.ReadExactly(buffer);
        return buffer;
    }
}
