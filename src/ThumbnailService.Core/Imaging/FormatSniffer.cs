using System.Text;

namespace ThumbnailService.Core.Imaging;

/// <summary>Decides the format from content (magic bytes), never from the object's name or Content-Type.</summary>
internal static class FormatSniffer
{
    /// <summary>How many leading bytes <see cref="Sniff"/> wants to see (SVG may hide behind an XML prolog).</summary>
    public const int HeaderLength = 1024;

    /// <summary>The format name of HEIC/HEIF and AVIF sources (one decoder reads the whole family).</summary>
    public const string Heif = "heif";

    public static SniffResult Sniff(ReadOnlySpan<byte> header, bool allowTiff, bool allowHeif)
    {
        if (StartsWith(header, [0xFF, 0xD8, 0xFF]))
        {
            return SniffResult.Accept("jpeg");
        }

        if (StartsWith(header, [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return SniffResult.Accept("png");
        }

        if (StartsWith(header, "GIF87a"u8) || StartsWith(header, "GIF89a"u8))
        {
            return SniffResult.Accept("gif");
        }

        if (StartsWith(header, "RIFF"u8) && header.Length >= 12 && header[8..12].SequenceEqual("WEBP"u8))
        {
            return SniffResult.Accept("webp");
        }

        if (IsBmp(header))
        {
            return SniffResult.Accept("bmp");
        }

        if (IsTiff(header))
        {
            return allowTiff ? SniffResult.Accept("tiff") : SniffResult.Unsupported("TIFF");
        }

        if (allowHeif && IsoBmffBrand.IsHeifImage(header))
        {
            return SniffResult.Accept(Heif);
        }

        return SniffRefused(header);
    }

    private static SniffResult SniffRefused(ReadOnlySpan<byte> header)
    {
        if (IsoBmffBrand.Describe(header) is { } isoName)
        {
            return isoName.Length > 0 ? SniffResult.Unsupported(isoName) : SniffResult.NotAnImage("The content is an ISO media file (video or audio), not an image.");
        }

        if (StartsWith(header, [0x00, 0x00, 0x01, 0x00]) || StartsWith(header, [0x00, 0x00, 0x02, 0x00]))
        {
            return SniffResult.Unsupported("ICO/CUR");
        }

        if (StartsWith(header, "8BPS"u8))
        {
            return SniffResult.Unsupported("PSD (Photoshop)");
        }

        if (StartsWith(header, "%PDF-"u8))
        {
            return SniffResult.Unsupported("PDF");
        }

        if (IsSvg(header))
        {
            return SniffResult.Unsupported("SVG");
        }

        return SniffResult.NotAnImage("The content is not a recognised image format (JPEG, PNG, GIF, WebP or BMP expected).");
    }

    private static bool IsBmp(ReadOnlySpan<byte> header)
    {
        if (!StartsWith(header, "BM"u8) || header.Length < 18)
        {
            return false;
        }

        // The DIB header size tells the known BMP variants apart from text that happens to start with "BM".
        int dibSize = header[14] | (header[15] << 8) | (header[16] << 16) | (header[17] << 24);
        return dibSize is 12 or 16 or 40 or 52 or 56 or 64 or 108 or 124;
    }

    private static bool IsTiff(ReadOnlySpan<byte> header) =>
        StartsWith(header, "II*\0"u8) || StartsWith(header, "MM\0*"u8) || StartsWith(header, "II+\0"u8) || StartsWith(header, "MM\0+"u8);

    private static bool IsSvg(ReadOnlySpan<byte> header)
    {
        string text = Encoding.UTF8.GetString(header).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.StartsWith("<svg", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        bool xmlish = text.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) || text.StartsWith("<!DOCTYPE svg", StringComparison.OrdinalIgnoreCase);
        return xmlish && text.Contains("<svg", StringComparison.OrdinalIgnoreCase);
    }

    private static bool StartsWith(ReadOnlySpan<byte> data, ReadOnlySpan<byte> prefix) => data.StartsWith(prefix);
}
