using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ThumbnailService.Codecs.Jpeg;

/// <summary>
/// Huffman-decodes one 8x8 block (T.81 F.2.2) and keeps only the coefficients a reduced-scale IDCT uses: the top-left
/// N x N of the block, dequantised, in row-major order. All AC symbols are still decoded (they must be skipped).
/// The bit buffer lives in locals for the whole block (see <see cref="JpegBitReader"/>): this loop is most of a
/// reduced-scale decode.
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

    /// <summary>The largest zig-zag index <paramref name="target"/> keeps (0 at 1/8 scale: DC only).</summary>
    public static int LastKept(ReadOnlySpan<sbyte> target) => target.LastIndexOfAnyExcept((sbyte)-1);

    /// <summary>
    /// Decodes a block into <paramref name="block"/> (N x N, zeroed by the caller). Returns true when a kept AC
    /// coefficient is non-zero (false: the block is flat at this scale, its DC value alone). <paramref name="lastKept"/>
    /// is <see cref="LastKept"/> of <paramref name="target"/>.
    /// </summary>
    public static bool Decode(
        ref JpegBitReader reader,
        HuffmanTable dc,
        HuffmanTable ac,
        ref int prediction,
        ReadOnlySpan<ushort> quant,
        ReadOnlySpan<sbyte> target,
        int lastKept,
        scoped Span<float> block)
    {
        ulong bits = reader.Bits;
        int count = reader.Count;
        if (count < JpegBitReader.RefillThreshold)
        {
            (bits, count) = reader.Refill(bits, count);
        }

        prediction += DecodeDcDifference(dc, ref bits, ref count, maxCategory: 15);
        block[0] = prediction * quant[0];
        bool hasAc = DecodeAc(ref reader, ref bits, ref count, ac, quant, target, lastKept, block);
        reader.Bits = bits;
        reader.Count = count;
        return hasAc;
    }

    /// <summary>
    /// One DC difference (T.81 F.2.2.1): its magnitude category from <paramref name="dc"/>, then that many bits,
    /// taken from <paramref name="bits"/> (at least <see cref="JpegBitReader.RefillThreshold"/> of them buffered).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int DecodeDcDifference(HuffmanTable dc, ref ulong bits, ref int count, int maxCategory)
    {
        int entry = dc.Decode(bits);
        int size = entry & 0xFF, length = entry >> 8;
        if (size > maxCategory)
        {
            throw new JpegFormatException("A DC difference has an impossible magnitude category.");
        }

        bits <<= length;
        count -= length;
        return size == 0 ? 0 : HuffmanTable.Extend(TakeBits(ref bits, ref count, size), size);
    }

    /// <summary>The next <paramref name="size"/> (1..16) bits of <paramref name="bits"/> as an unsigned number, consumed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int TakeBits(ref ulong bits, ref int count, int size)
    {
        int value = (int)(bits >> (64 - size));
        bits <<= size;
        count -= size;
        return value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool DecodeAc(
        ref JpegBitReader reader, ref ulong bitsRef, ref int countRef, HuffmanTable ac, ReadOnlySpan<ushort> quant, ReadOnlySpan<sbyte> target, int lastKept, scoped Span<float> block)
    {
        ulong bits = bitsRef;
        int count = countRef;
        ref int fast = ref MemoryMarshal.GetArrayDataReference(ac.FastAc); // 1 << LookupBits entries, PeekIndex is LookupBits wide
        bool hasAc = false;
        int k = 1, run = 0;
        while (k <= lastKept)
        {
            if (count < JpegBitReader.RefillThreshold)
            {
                (bits, count) = reader.Refill(bits, count);
            }

            int value, entry = Unsafe.Add(ref fast, HuffmanTable.PeekIndex(bits));
            if (entry != 0)
            {
                int consumed = entry & 0xFF;
                bits <<= consumed;
                count -= consumed;
                run = (entry >> 8) & 0xFF;
                value = entry >> 16;
            }
            else
            {
                (run, value) = DecodeSlow(ac, ref bits, ref count);
            }

            k += run;
            if (k > 63)
            {
                k = run == HuffmanTable.EndOfBlockRun ? 64 : throw TooManyCoefficients();
                break;
            }

            int t = target[k];
            if (t >= 0 && value != 0)
            {
                block[t] = value * quant[k];
                hasAc = true;
            }

            k++;
        }

        // Past the last coefficient this scale keeps: symbols are only skipped, several per lookup when they fit.
        ref int skip = ref MemoryMarshal.GetArrayDataReference(ac.SkipAc);
        while (k < 64)
        {
            if (count < JpegBitReader.RefillThreshold)
            {
                (bits, count) = reader.Refill(bits, count);
            }

            int group = Unsafe.Add(ref skip, HuffmanTable.PeekIndex(bits));
            int end = k + HuffmanSkipTable.Advance(group) + (group >> 16); // an EOB must itself come at k <= 63
            if (group != 0 && end <= 64)
            {
                int skipped = HuffmanSkipTable.Consumed(group);
                bits <<= skipped;
                count -= skipped;
                k = (group & HuffmanSkipTable.EndsWithEndOfBlock) != 0 ? 64 : end;
                continue;
            }

            int entry = Unsafe.Add(ref fast, HuffmanTable.PeekIndex(bits));
            if (entry != 0)
            {
                int consumed = entry & 0xFF;
                bits <<= consumed;
                count -= consumed;
                run = (entry >> 8) & 0xFF;
            }
            else
            {
                (run, _) = DecodeSlow(ac, ref bits, ref count);
            }

            k += run + 1;
        }

        if (k > 64 && run != HuffmanTable.EndOfBlockRun)
        {
            throw TooManyCoefficients();
        }

        bitsRef = bits;
        countRef = count;
        return hasAc;
    }

    /// <summary>A symbol <see cref="HuffmanTable.FastAc"/> does not cover: (run, value) in its terms (EOB: run 64; ZRL: run 15, value 0).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (int Run, int Value) DecodeSlow(HuffmanTable ac, ref ulong bits, ref int count)
    {
        int entry = ac.Decode(bits);
        int length = entry >> 8, run = (entry >> 4) & 15, size = entry & 15;
        bits <<= length;
        count -= length;
        if (size == 0)
        {
            return run == 15 ? (15, 0) : (HuffmanTable.EndOfBlockRun, 0); // ZRL, or EOB (libjpeg reads runs 1-14 without size as EOB too)
        }

        return (run, HuffmanTable.Extend(TakeBits(ref bits, ref count, size), size));
    }

    private static JpegFormatException TooManyCoefficients() => new("A block has more than 64 coefficients.");
}
