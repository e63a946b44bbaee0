namespace ThumbnailService.Codecs.Png;

/// <summary>
/// CRC-32 (ISO-HDLC, reflected polynomial 0xEDB88320) as PNG chunks need it, slice-by-8 over eight 256-entry tables:
/// about 2 GB/s, so the CRC of a large IDAT costs little next to deflate. System.IO.Hashing is not referenced.
/// </summary>
internal static class PngCrc32
{
    private const uint Polynomial = 0xEDB88320;
    private static readonly uint[] Table = BuildTable();

    /// <summary>The CRC of <paramref name="data"/> (for PNG: chunk type and chunk data).</summary>
    public static uint Compute(ReadOnlySpan<byte> data) => ~Update(0xFFFFFFFF, data);

    private static uint Update(uint crc, ReadOnlySpan<byte> data)
    {
        uint[] t = Table;
        while (data.Length >= 8)
        {
            uint low = crc ^ (uint)(data[0] | (data[1] << 8) | (data[2] << 16) | (data[3] << 24));
            crc = t[(7 * 256) + (low & 0xFF)] ^ t[(6 * 256) + ((low >> 8) & 0xFF)]
                ^ t[(5 * 256) + ((low >> 16) & 0xFF)] ^ t[(4 * 256) + (low >> 24)]
                ^ t[(3 * 256) + data[4]] ^ t[(2 * 256) + data[5]]
                ^ t[256 + data[6]] ^ t[data[7]];
            data = data[8..];
        }

        foreach (byte b in data)
        {
            crc = t[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc;
    }

    // Table k (k = 0..7) advances the CRC of a byte followed by k zero bytes.
    private static uint[] BuildTable()
    {
        var table = new uint[8 * 256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int bit = 0; bit < 8; bit++)
            {
                c = (c & 1) != 0 ? Polynomial ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        for (int i = 256; i < table.Length; i++)
        {
            uint previous = table[i - 256];
            table[i] = table[previous & 0xFF] ^ (previous >> 8);
        }

        return table;
    }
}
