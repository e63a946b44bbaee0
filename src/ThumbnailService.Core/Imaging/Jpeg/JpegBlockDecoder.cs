namespace ThumbnailService.Core.Imaging.Jpeg;

/// <summary>
/// Huffman-decodes one 8x8 block (T.81 F.2.2) and keeps only the coefficients a reduced-scale IDCT uses: the top-left
/// N x N of the block, dequantised, in row-major order. All AC symbols are still decoded (they must be skipped).
/// </summary>
internal static class JpegBlockDecoder
{
    private static readonly byte[] ZigZagToNatural =
    [
        0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5,
        12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28,
        35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51,
        58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63,
    ];

    /// <summary>For zig-zag index k: the position in an N x N block (row * N + column), or -1 when N drops it.</summary>
    public static sbyte[] TargetMap(int size)
    {
        var map = new sbyte[64];
        for (int k = 0; k < 64; k++)
        {
            int row = ZigZagToNatural[k] >> 3, column = ZigZagToNatural[k] & 7;
            map[k] = row < size && column < size ? (sbyte)((row * size) + column) : (sbyte)-1;
        }

        return map;
    }

    /// <summary>
    /// Decodes a block into <paramref name="block"/> (N x N, zeroed by the caller). Returns true when a kept AC
    /// coefficient is non-zero (false: the block is flat at this scale, its DC value alone).
    /// </summary>
    public static bool Decode(
        ref JpegBitReader reader,
        HuffmanTable dc,
        HuffmanTable ac,
        ref int prediction,
        ReadOnlySpan<ushort> quant,
        ReadOnlySpan<sbyte> target,
        scoped Span<float> block)
    {
        reader.EnsureBits();
        int size = dc.Decode(ref reader);
        if (size > 15)
        {
            throw new JpegFormatException("A DC difference has an impossible magnitude category.");
        }

        prediction += size == 0 ? 0 : HuffmanTable.Extend(reader.Read(size), size);
        block[0] = prediction * quant[0];
        return DecodeAc(ref reader, ac, quant, target, block);
    }

    private static bool DecodeAc(ref JpegBitReader reader, HuffmanTable ac, ReadOnlySpan<ushort> quant, ReadOnlySpan<sbyte> target, scoped Span<float> block)
    {
        int[] fast = ac.FastAc;
        bool hasAc = false;
        int k = 1;
        while (k < 64)
        {
            reader.EnsureBits();
            int value, entry = fast[reader.Peek(HuffmanTable.LookupBits)];
            if (entry != 0)
            {
                reader.Skip(entry & 0xFF);
                k += (entry >> 8) & 0xFF;
                value = entry >> 16;
            }
            else
            {
                int symbol = ac.Decode(ref reader);
                int run = symbol >> 4, size = symbol & 15;
                if (size == 0)
                {
                    if (run != 15)
                    {
                        break; // end of block
                    }

                    k += 16;
                    continue;
                }

                k += run;
                value = HuffmanTable.Extend(reader.Read(size), size);
            }

            if (k > 63)
            {
                throw new JpegFormatException("A block has more than 64 coefficients.");
            }

            int t = target[k];
            if (t >= 0 && value != 0)
            {
                block[t] = value * quant[k];
                hasAc = true;
            }

            k++;
        }

        return hasAc;
    }
}
