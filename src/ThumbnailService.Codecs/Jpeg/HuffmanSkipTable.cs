namespace ThumbnailService.Codecs.Jpeg;

/// <summary>
/// For skipping AC symbols a reduced scale does not keep: for each <see cref="HuffmanTable.LookupBits"/> peek, every
/// whole symbol (code and magnitude bits) that fits in it, folded into one entry. Skipping then advances through
/// several symbols per table lookup instead of one, which shortens the serial bit-buffer dependency that bounds
/// Huffman decoding. Entry: bits consumed | coefficients advanced &lt;&lt; 8 | <see cref="EndsWithEndOfBlock"/>; 0 when
/// not even the first symbol fits (the caller decodes it one at a time).
/// </summary>
internal static class HuffmanSkipTable
{
    /// <summary>The group ends with an EOB symbol (its advance does not include it).</summary>
    public const int EndsWithEndOfBlock = 1 << 16;

    public static int Consumed(int entry) => entry & 0xFF;

    public static int Advance(int entry) => (entry >> 8) & 0xFF;

    /// <param name="lookup">The table's single-symbol lookup: (length &lt;&lt; 8) | symbol per peek, 0 for longer codes.</param>
    public static int[] Build(ReadOnlySpan<ushort> lookup)
    {
        var skip = new int[lookup.Length];
        for (int peek = 0; peek < skip.Length; peek++)
        {
            skip[peek] = Group(lookup, peek);
        }

        return skip;
    }

    private static int Group(ReadOnlySpan<ushort> lookup, int peek)
    {
        const int bitsAvailable = HuffmanTable.LookupBits;
        int consumed = 0, advance = 0, symbols = 0;
        while (consumed < bitsAvailable)
        {
            // The low `consumed` bits of the window are not real data: only a code no longer than what is left is known.
            int entry = lookup[(peek << consumed) & ((1 << bitsAvailable) - 1)];
            int length = entry >> 8, symbol = entry & 0xFF, run = symbol >> 4, size = symbol & 15;
            if (entry == 0 || length + size > bitsAvailable - consumed)
            {
                break;
            }

            if (symbol == 0x00)
            {
                return Entry(consumed + length, advance) | EndsWithEndOfBlock;
            }

            if (size == 0 && run != 15)
            {
                break; // runs 1-14 without a magnitude: left to the one-symbol path, which reads them as EOB
            }

            consumed += length + size;
            advance += size == 0 ? 16 : run + 1;
            symbols++;
        }

        return symbols == 0 ? 0 : Entry(consumed, advance);
    }

    private static int Entry(int consumed, int advance) => consumed | (Math.Min(advance, 255) << 8);
}
