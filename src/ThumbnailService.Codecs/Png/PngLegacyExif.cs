using System.Globalization;
using System.Text;

namespace ThumbnailService.Codecs.Png;

/// <summary>
/// The EXIF that ImageMagick, exiftool and exiv2 wrote into PNG text before the eXIf chunk existed: a tEXt or zTXt
/// "Raw profile type exif" whose text is "exif", a byte count, then the bytes in hex. ImageSharp 2.1 reads it with no
/// checks: a short text or a count that is not a number throws an exception it does not catch (a fault, retried),
/// and it allocates whatever count is declared (2,000,000,000 in a 135-byte PNG: 2 GB). This reads it the same way
/// first and refuses what would break it.
/// </summary>
internal static class PngLegacyExif
{
    public static bool IsLegacyExif(string keyword) => keyword.Equals("Raw profile type exif", StringComparison.OrdinalIgnoreCase);

    /// <summary>Adds the text's EXIF entries to <paramref name="budget"/>; null when ImageSharp may read it.</summary>
    public static RenderOutcome.Rejected? Check(ReadOnlySpan<byte> latin1Text, ExifEntryBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        ReadOnlySpan<char> text = Encoding.Latin1.GetString(latin1Text).AsSpan().TrimStart();
        if (text.Length >= 4 && !text[..4].Equals("exif", StringComparison.OrdinalIgnoreCase))
        {
            return null; // ImageSharp keeps it as plain text
        }

        text = text.Length >= 4 ? text[4..].TrimStart() : [];
        int lineEnd = text.IndexOf('\n');
        if (lineEnd < 0 || !int.TryParse(text[..lineEnd], NumberStyles.Integer, CultureInfo.InvariantCulture, out int length))
        {
            return Malformed("it has no byte count");
        }

        byte[] bytes = HexBytes(text[lineEnd..]);
        if (length > bytes.Length)
        {
            return Malformed($"it declares {length:N0} bytes and holds {bytes.Length:N0}");
        }

        return length >= 6 ? budget.Add(bytes.AsSpan(0, length)) : null;
    }

    /// <summary>The hex digits' bytes, whitespace and line breaks skipped.</summary>
    private static byte[] HexBytes(ReadOnlySpan<char> text)
    {
        var bytes = new List<byte>(text.Length / 2);
        int high = -1;
        foreach (char c in text)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                continue;
            }

            int digit = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
            if (high >= 0)
            {
                bytes.Add((byte)((high << 4) | digit));
            }

            high = high >= 0 ? -1 : digit;
        }

        return [.. bytes];
    }

    private static RenderOutcome.Rejected Malformed(string why) =>
        new(RejectionReason.Corrupt, $"The PNG's legacy EXIF text (Raw profile type exif) is malformed: {why}.");
}
