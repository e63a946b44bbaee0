namespace ThumbnailService.Codecs.Jpeg;

/// <summary>
/// A canonical Huffman table (ITU T.81 Annex C) with an 11-bit lookahead. Codes up to 11 bits decode in one lookup;
/// for AC tables, <see cref="FastAc"/> also folds in the run and the magnitude bits when code plus magnitude fit in
/// 11 bits (most coefficients of a photo; stb_image folds 9 bits, 11 measured faster on 12 MP photos: the tables
/// still fit in L1). Longer codes use the max-code search of Annex F.
/// </summary>
internal sealed class HuffmanTable
{
    public const int LookupBits = 11;

    /// <summary>The run a <see cref="FastAc"/> entry gives the end-of-block symbol: it moves past coefficient 63.</summary>
    public const int EndOfBlockRun = 64;

    private readonly ushort[] _lookup = new ushort[1 << LookupBits]; // (length << 8) | symbol; 0 = longer code
    private readonly int[] _maxCode = new int[17];                   // largest code of each length, -1 if none
    private readonly int[] _valueOffset = new int[17];               // code + offset = index into _values
    private readonly byte[] _values;
    private readonly bool _isAc;
    private int[]? _fastAc;
    private int[]? _skipAc;

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

        _isAc = isAc;
    }

    /// <summary>
    /// For a <see cref="LookupBits"/> peek: value &lt;&lt; 16 | run &lt;&lt; 8 | bits consumed; 0 when the slow path is
    /// needed. EOB has run <see cref="EndOfBlockRun"/> and ZRL run 15 with value 0, so the common symbols never leave it.
    /// </summary>
    /// <remarks>Built on first use: headers are also read just to identify a frame, and progressive files define AC
    /// tables their 1/8-scale decode never uses. One decode uses a table from one thread.</remarks>
    public int[] FastAc => _fastAc ??= _isAc ? BuildFastAc() : [];

    /// <summary>For a <see cref="LookupBits"/> peek: the symbols to skip at once (<see cref="HuffmanSkipTable"/>); built on first use.</summary>
    public int[] SkipAc => _skipAc ??= _isAc ? HuffmanSkipTable.Build(_lookup) : [];

    /// <summary>The <see cref="LookupBits"/> lookahead of <paramref name="bits"/> (MSB first) as an index into the lookup tables.</summary>
    public static int PeekIndex(ulong bits) => (int)(bits >> (64 - LookupBits));

    /// <summary>
    /// Decodes the symbol at the top of <paramref name="bits"/> (at least 16 valid bits): (length &lt;&lt; 8) | symbol,
    /// so the caller shifts its own bit buffer by the length.
    /// </summary>
    public int Decode(ulong bits)
    {
        int entry = _lookup[PeekIndex(bits)];
        return entry != 0 ? entry : DecodeLong((int)(bits >> 48));
    }

    private int DecodeLong(int bits)
    {
        for (int length = LookupBits + 1; length <= 16; length++)
        {
            int code = bits >> (16 - length);
            if (code <= _maxCode[length])
            {
                return (length << 8) | _values[code + _valueOffset[length]];
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
            if (entry != 0 && symbol == 0x00)
            {
                fast[peek] = (EndOfBlockRun << 8) | length; // EOB: the run field alone ends the block
                continue;
            }

            if (entry != 0 && symbol == 0xF0)
            {
                fast[peek] = (15 << 8) | length; // ZRL: 15 zeros and a zero coefficient, i.e. 16 zeros
                continue;
            }

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
