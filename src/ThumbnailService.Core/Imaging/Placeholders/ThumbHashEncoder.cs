namespace ThumbnailService.Core.Imaging.Placeholders;

/// <summary>
/// ThumbHash (Evan Wallace, https://evanw.github.io/thumbhash/), the published encoder: an RGBA image of at most
/// 100x100 pixels becomes about 25 bytes (a DCT of luminance, two colour channels and, when used, alpha).
/// Rounding follows the reference (JavaScript's Math.round), so the bytes match other implementations.
/// </summary>
public static class ThumbHashEncoder
{
    public const int MaxEdge = 100;

    /// <param name="rgba">Row by row, 4 bytes a pixel, not premultiplied.</param>
    public static byte[] Encode(int width, int height, ReadOnlySpan<byte> rgba)
    {
        if (width is < 1 or > MaxEdge || height is < 1 or > MaxEdge)
        {
            throw new ArgumentOutOfRangeException(nameof(width), $"{width}x{height} does not fit in {MaxEdge}x{MaxEdge}.");
        }

        if (rgba.Length != width * height * 4)
        {
            throw new ArgumentException($"Expected {width * height * 4} bytes of RGBA, got {rgba.Length}.", nameof(rgba));
        }

        var (channels, hasAlpha) = ThumbHashChannels.From(width, height, rgba);
        int limit = hasAlpha ? 5 : 7; // fewer luminance terms when alpha needs the room
        int lx = Math.Max(1, Round((double)limit * width / Math.Max(width, height)));
        int ly = Math.Max(1, Round((double)limit * height / Math.Max(width, height)));
        var l = Dct.Encode(channels.L, width, height, Math.Max(3, lx), Math.Max(3, ly));
        var p = Dct.Encode(channels.P, width, height, 3, 3);
        var q = Dct.Encode(channels.Q, width, height, 3, 3);
        Dct.Channel? a = hasAlpha ? Dct.Encode(channels.A, width, height, 5, 5) : null;

        bool landscape = width > height;
        int header24 = Round(63 * l.Dc) | (Round(31.5 + (31.5 * p.Dc)) << 6) | (Round(31.5 + (31.5 * q.Dc)) << 12)
            | (Round(31 * l.Scale) << 18) | ((hasAlpha ? 1 : 0) << 23);
        int header16 = (landscape ? ly : lx) | (Round(63 * p.Scale) << 3) | (Round(63 * q.Scale) << 9) | ((landscape ? 1 : 0) << 15);
        var hash = new List<byte> { (byte)header24, (byte)(header24 >> 8), (byte)(header24 >> 16), (byte)header16, (byte)(header16 >> 8) };
        if (a is { } alpha)
        {
            hash.Add((byte)(Round(15 * alpha.Dc) | (Round(15 * alpha.Scale) << 4)));
        }

        int start = hash.Count;
        int index = 0;
        foreach (double f in l.Ac.Concat(p.Ac).Concat(q.Ac).Concat(a?.Ac ?? []))
        {
            int at = start + (index >> 1);
            if (at == hash.Count)
            {
                hash.Add(0);
            }

            hash[at] |= (byte)(Round(15 * f) << ((index & 1) << 2));
            index++;
        }

        return [.. hash];
    }

    /// <summary>JavaScript's Math.round (halves go up), which the reference uses.</summary>
    internal static int Round(double value) => (int)Math.Floor(value + 0.5);
}
