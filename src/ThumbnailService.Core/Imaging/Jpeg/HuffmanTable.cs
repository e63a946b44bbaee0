namespace ThumbnailService.Core.Imaging.Jpeg;

/// <summary>
/// A canonical Huffman table (ITU T.81 Annex C) with a 9-bit lookahead. Codes up to 9 bits decode in one lookup;
/// for AC tables, <see cref="FastAc"/> also folds in the run and the magnitude bits when code plus magnitude fit in
/// 9 bits (most coefficients of a photo), as stb_image does. Longer codes use the max-code search of Annex F.
/// </summary>
internal sealed class HuffmanTable
{
    public const int LookupBits = 9;

    private readonly ushort[] _lookup = new ushort[1 << LookupBits]; // (length << 8) | symbol; 0 = longer code
    private readonly int[] _maxCode = new int[17];                   // largest code of each length, -1 if none
    private readonly int[] _valueOffset = new int[17];               // code + offset = index into _values
    private readonly byte[] _values;

    public HuffmanTable(ReadOnlySpan<byte> counts, ReadOnlySpan<byte> symbols, bool isAc)
    {
        _values = symbols.ToArray();
        int code = 0, index = 0;
        for (int length = 1; length <= 16; length++)
        {
            int count = counts[length - 1];
            _valueOffset[length] = index - code;
            for (int i = 0; i < count; i++, code++, index++)
            {
                if (code >= (1 << length))
                {
                    throw new JpegFormatException("A Huffman table (DHT) has more codes than its lengths allow.");
                }

                if (length <= LookupBits)
                {
                    int first = code << (LookupBits - length);
                    _lookup.AsSpan(first, 1 << (LookupBits - length)).Fill((ushort)((length << 8) | _values[index]));
                }
            }

            _maxCode[length] = count > 0 ? code - 1 : -1;
            code <<= 1;
        }

        FastAc = isAc ? BuildFastAc() : [];
    }

    /// <summary>For a 9-bit peek: value &lt;&lt; 16 | run &lt;&lt; 8 | bits consumed; 0 when the slow path is needed.</summary>
    public int[] FastAc { get; }

    /// <summary>Decodes one symbol. The reader must hold at least 16 bits.</summary>
    public int Decode(ref JpegBitReader reader)
    {
        int entry = _lookup[reader.Peek(LookupBits)];
        if (entry != 0)
        {
            reader.Skip(entry >> 8);
            return entry & 0xFF;
        }

        int bits = reader.Peek(16);
        for (int length = LookupBits + 1; length <= 16; length++)
        {
            int code = bits >> (16 - length);
            if (code <= _maxCode[length])
            {
                reader.Skip(length);
                return _values[code + _valueOffset[length]];
            }
        }

        throw new JpegFormatException("The entropy-coded data holds a code its Huffman table does not define.");
    }

    /// <summary>T.81 F.2.2.1 EXTEND: the <paramref name="size"/>-bit magnitude category value as a signed number.</summary>
    public static int Extend(int bits, int size) => bits < (1 << (size - 1)) ? bits - (1 << size) + 1 : bits;

    private int[] BuildFastAc()
    {
        var fast = new int[1 << LookupBits];
        for (int peek = 0; peek < fast.Length; peek++)
        {
            int entry = _lookup[peek];
            int length = entry >> 8, symbol = entry & 0xFF;
            int run = symbol >> 4, size = symbol & 15;
            if (entry == 0 || size == 0 || length + size > LookupBits)
            {
                continue;
            }

            int bits = (peek >> (LookupBits - length - size)) & ((1 << size) - 1);
            fast[peek] = (Extend(bits, size) << 16) | (run << 8) | (length + size);
        }

        return fast;
    }
}
