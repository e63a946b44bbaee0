using System.Text;

namespace ThumbnailService.Codecs.Png;

/// <summary>
/// Reads tEXt, zTXt and iTXt chunks in the order ImageSharp 2.1 does, to refuse what it would mishandle: compressed
/// text past the inflate budget (ImageSharp inflates it four bytes at a time into a list, on Identify and again on
/// decode: a 97 KB zTXt cost 4.3 s and 820 MB), deflate it would throw on, and fields it indexes without checking (a zTXt
/// keyword with nothing after it, an iTXt without its translated keyword's end): its exceptions there are not
/// format errors, so they would be faults, retried. What it skips is skipped here too.
/// </summary>
internal sealed class PngTextChunks(ExifEntryBudget exif, int fileLength)
{
    /// <summary>Compressed text may always inflate to this much: an EXIF raw profile (hex) is at most 128 KB.</summary>
    public const int MinBudget = 64 * 1024;

    /// <summary>Never more: ImageSharp reads text at about 23 ms per megabyte per pass, and makes two passes.</summary>
    public const int MaxBudget = 1024 * 1024;

    /// <summary>
    /// Real text compresses a few times (hex, XML, prose: 2 to 10); a bomb a thousand times. So the inflated total
    /// may be 16 times the file's size, between <see cref="MinBudget"/> and <see cref="MaxBudget"/>: the text's cost
    /// then stays in proportion to the file.
    /// </summary>
    public const int InflationPerFileByte = 16;

    private readonly int _budget = (int)Math.Clamp((long)InflationPerFileByte * fileLength, MinBudget, MaxBudget);
    private int _inflated;

    /// <summary>tEXt (<paramref name="compressed"/> false) or zTXt: keyword, NUL, (zTXt: method, zlib) text.</summary>
    public RenderOutcome.Rejected? Text(ReadOnlySpan<byte> chunk, bool compressed)
    {
        int keywordEnd = chunk.IndexOf((byte)0);
        if (keywordEnd is < 1 or > 79)
        {
            return null;
        }

        if (compressed && keywordEnd + 1 >= chunk.Length)
        {
            return Corrupt("a zTXt chunk ends after its keyword");
        }

        if ((compressed && chunk[keywordEnd + 1] != 0) || Keyword(chunk[..keywordEnd]) is not { } keyword)
        {
            return null;
        }

        ReadOnlySpan<byte> text = chunk[(keywordEnd + (compressed ? 2 : 1))..];
        if (!compressed)
        {
            return PngLegacyExif.IsLegacyExif(keyword) ? PngLegacyExif.Check(text, exif) : null;
        }

        if (!PngInflater.IsDeflate(text))
        {
            return null;
        }

        byte[]? inflated = Inflate(text, "a zTXt chunk", out RenderOutcome.Rejected? refused);
        return inflated is null ? refused : PngLegacyExif.IsLegacyExif(keyword) ? PngLegacyExif.Check(inflated, exif) : null;
    }

    /// <summary>iTXt: keyword, NUL, compression flag, method, language, NUL, translated keyword, NUL, text.</summary>
    public RenderOutcome.Rejected? InternationalText(ReadOnlySpan<byte> chunk)
    {
        int keywordEnd = chunk.IndexOf((byte)0);
        if (keywordEnd is < 1 or > 79)
        {
            return null;
        }

        if (keywordEnd + 2 >= chunk.Length)
        {
            return Corrupt("an iTXt chunk ends after its keyword");
        }

        ReadOnlySpan<byte> rest = chunk[(keywordEnd + 3)..];
        int language = rest.IndexOf((byte)0);
        if (chunk[keywordEnd + 1] > 1 || chunk[keywordEnd + 2] != 0 || language < 0)
        {
            return null;
        }

        int translated = rest[(language + 1)..].IndexOf((byte)0);
        if (translated < 0)
        {
            return Corrupt("an iTXt chunk has no end to its translated keyword");
        }

        ReadOnlySpan<byte> text = rest[(language + translated + 2)..];
        if (chunk[keywordEnd + 1] == 0 || Keyword(chunk[..keywordEnd]) is null || !PngInflater.IsDeflate(text))
        {
            return null; // uncompressed: linear in its bytes
        }

        Inflate(text, "an iTXt chunk", out RenderOutcome.Rejected? refused);
        return refused;
    }

    /// <summary>Inflates within what is left of the budget; null with the reason when over it or malformed.</summary>
    private byte[]? Inflate(ReadOnlySpan<byte> zlib, string chunk, out RenderOutcome.Rejected? refused)
    {
        byte[]? inflated = PngInflater.Inflate(zlib, _budget - _inflated, out bool tooLarge);
        _inflated += inflated?.Length ?? 0;
        refused = inflated is not null ? null
            : tooLarge ? new(RejectionReason.TooMuchWork, $"The PNG's compressed text inflates to more than {_budget / 1024:N0} KB, over {InflationPerFileByte} times the file's size: a decompression bomb, not metadata.")
            : Corrupt($"{chunk} is not valid deflate");
        return inflated;
    }

    /// <summary>ImageSharp's keyword rule: printable Latin-1, not blank, no leading or trailing space.</summary>
    private static string? Keyword(ReadOnlySpan<byte> bytes)
    {
        foreach (byte b in bytes)
        {
            if (b is not ((>= 32 and <= 126) or >= 161))
            {
                return null;
            }
        }

        string keyword = Encoding.Latin1.GetString(bytes);
        return string.IsNullOrWhiteSpace(keyword) || keyword[0] == ' ' || keyword[^1] == ' ' ? null : keyword;
    }

    private static RenderOutcome.Rejected Corrupt(string what) => new(RejectionReason.Corrupt, $"The PNG's text is malformed: {what}.");
}
