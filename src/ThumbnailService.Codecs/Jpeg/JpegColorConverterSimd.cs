using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace ThumbnailService.Codecs.Jpeg;

/// <summary>
/// YCbCr to RGB 16 pixels at a time, bit-identical to <see cref="JpegColorConverter"/>'s tables: with c = Cb - 128 and
/// d = Cr - 128 (int32 lanes), R = Y + ((91881 d + 2^15) >> 16), G = Y + ((-22554 c + 2^15 - 46802 d) >> 16),
/// B = Y + ((116130 c + 2^15) >> 16), arithmetic shifts as in the tables, then clamped to 0..255. The three chroma
/// offsets (|offset| &lt;= 227) are narrowed to int16, added to the luma and clamped in int16, then packed to bytes and
/// interleaved into 48 bytes of RGB24 by byte shuffles. Two widths of the same arithmetic: <see cref="Vector256{T}"/>
/// (x86-64 with AVX2) and <see cref="Vector128{T}"/> (arm64 AdvSimd, x86-64 without AVX2), in JpegColorConverterSimd128.cs.
/// </summary>
internal static partial class JpegColorConverterSimd
{
    public const int ScaleBits = 16;
    public const int CrToRFactor = 91881; // round(1.40200 * 2^16)
    public const int CbToBFactor = 116130; // round(1.77200 * 2^16)
    public const int CrToGFactor = -46802; // -round(0.71414 * 2^16)
    public const int CbToGFactor = -22554; // -round(0.34414 * 2^16)
    private const byte Z = 0xFF; // a shuffle index out of range: that output byte is 0

    /// <summary>True where a vector path runs in hardware (both widths need at least 128-bit SIMD).</summary>
    public static bool IsHardwareAccelerated => Vector128.IsHardwareAccelerated;

    /// <summary>Converts whole groups of 16 pixels (chroma ratio 1 or 2 for both Cb and Cr) and returns how many pixels it wrote.</summary>
    public static int YCbCr(ref byte y, ref byte cb, ref byte cr, int ratio, ref byte rgb, int width) =>
        Vector256.IsHardwareAccelerated ? YCbCr256(ref y, ref cb, ref cr, ratio, ref rgb, width) : YCbCr128(ref y, ref cb, ref cr, ratio, ref rgb, width);

    /// <summary>The <see cref="Vector256{T}"/> path of <see cref="YCbCr"/> (tests call it directly).</summary>
    internal static int YCbCr256(ref byte y, ref byte cb, ref byte cr, int ratio, ref byte rgb, int width)
    {
        int x = 0;
        for (; x + 16 <= width; x += 16)
        {
            (Vector256<short> r, Vector256<short> g, Vector256<short> b) = ratio == 1 ? FullOffsets(ref cb, ref cr, x) : HalfOffsets(ref cb, ref cr, x / 2);
            Vector256<short> luma = Vector256.WidenLower(Vector128.LoadUnsafe(ref y, (nuint)x).ToVector256Unsafe()).AsInt16();
            Interleave(Channel(luma + r), Channel(luma + g), Channel(luma + b), ref Unsafe.Add(ref rgb, 3 * x));
        }

        return x;
    }

    /// <summary>Greyscale: each of 16 bytes repeated three times, and returns how many pixels it wrote.</summary>
    public static int Grey(ref byte y, ref byte rgb, int width)
    {
        int x = 0;
        for (; x + 16 <= width; x += 16)
        {
            Vector128<byte> v = Vector128.LoadUnsafe(ref y, (nuint)x);
            ref byte dst = ref Unsafe.Add(ref rgb, 3 * x);
            Vector128.Shuffle(v, Vector128.Create((byte)0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5)).StoreUnsafe(ref dst);
            Vector128.Shuffle(v, Vector128.Create((byte)5, 5, 6, 6, 6, 7, 7, 7, 8, 8, 8, 9, 9, 9, 10, 10)).StoreUnsafe(ref dst, 16);
            Vector128.Shuffle(v, Vector128.Create((byte)10, 11, 11, 11, 12, 12, 12, 13, 13, 13, 14, 14, 14, 15, 15, 15)).StoreUnsafe(ref dst, 32);
        }

        return x;
    }

    /// <summary>Chroma at full resolution: offsets for samples x..x+7 and x+8..x+15 in int32, narrowed in order to 16 int16.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector256<short> R, Vector256<short> G, Vector256<short> B) FullOffsets(ref byte cb, ref byte cr, int x)
    {
        Vector256<ushort> blue = Vector256.WidenLower(Vector128.LoadUnsafe(ref cb, (nuint)x).ToVector256Unsafe());
        Vector256<ushort> red = Vector256.WidenLower(Vector128.LoadUnsafe(ref cr, (nuint)x).ToVector256Unsafe());
        (Vector256<int> rLo, Vector256<int> gLo, Vector256<int> bLo) = Offsets(Vector256.WidenLower(blue), Vector256.WidenLower(red));
        (Vector256<int> rHi, Vector256<int> gHi, Vector256<int> bHi) = Offsets(Vector256.WidenUpper(blue), Vector256.WidenUpper(red));
        return (Vector256.Narrow(rLo, rHi), Vector256.Narrow(gLo, gHi), Vector256.Narrow(bLo, bHi));
    }

    /// <summary>Chroma at half resolution: samples c..c+7 serve 16 pixels, each int32 offset t becoming the int16 pair (t, t).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector256<short> R, Vector256<short> G, Vector256<short> B) HalfOffsets(ref byte cb, ref byte cr, int c)
    {
        (Vector256<int> r, Vector256<int> g, Vector256<int> b) = Offsets(Load8(ref cb, c), Load8(ref cr, c));
        return (Twice(r), Twice(g), Twice(b));
    }

    /// <summary>The table values CrToR[cr], (CbToG[cb] + CrToG[cr]) >> 16 and CbToB[cb] for 8 samples (0..255 in each lane).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector256<int> R, Vector256<int> G, Vector256<int> B) Offsets(Vector256<uint> cb, Vector256<uint> cr)
    {
        Vector256<int> c = cb.AsInt32() - Vector256.Create(128), d = cr.AsInt32() - Vector256.Create(128);
        Vector256<int> half = Vector256.Create(1 << (ScaleBits - 1));
        Vector256<int> red = Vector256.ShiftRightArithmetic((d * CrToRFactor) + half, ScaleBits);
        Vector256<int> green = Vector256.ShiftRightArithmetic((c * CbToGFactor) + half + (d * CrToGFactor), ScaleBits);
        Vector256<int> blue = Vector256.ShiftRightArithmetic((c * CbToBFactor) + half, ScaleBits);
        return (red, green, blue);
    }

    /// <summary>8 bytes zero-extended to int32 lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> Load8(ref byte source, int index)
    {
        Vector128<byte> bytes = Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref source, index))).AsByte();
        return Vector256.WidenLower(Vector256.WidenLower(bytes.ToVector256Unsafe()));
    }

    /// <summary>Each int32 lane t (|t| &lt; 2^15) as two int16 lanes (t, t): the low half plus a copy shifted into the high half.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<short> Twice(Vector256<int> t) => ((t & Vector256.Create(0xFFFF)) | (t << 16)).AsInt16();

    /// <summary>16 int16 values (at most 255 + 227 in magnitude, no overflow) clamped to 0..255 and packed to bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Channel(Vector256<short> values)
    {
        Vector256<ushort> clamped = Vector256.Min(Vector256.Max(values, Vector256<short>.Zero), Vector256.Create((short)255)).AsUInt16();
        return Vector128.Narrow(clamped.GetLower(), clamped.GetUpper());
    }

    /// <summary>
    /// Planar R, G, B (16 pixels each) to packed RGB24: output byte 3p + k is channel k of pixel p, so each 16-byte
    /// output vector ORs one shuffle per channel, every index not belonging to that channel out of range (zero).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Interleave(Vector128<byte> r, Vector128<byte> g, Vector128<byte> b, ref byte dst)
    {
        (Vector128.Shuffle(r, Vector128.Create((byte)0, Z, Z, 1, Z, Z, 2, Z, Z, 3, Z, Z, 4, Z, Z, 5))
            | Vector128.Shuffle(g, Vector128.Create(Z, 0, Z, Z, 1, Z, Z, 2, Z, Z, 3, Z, Z, 4, Z, Z))
            | Vector128.Shuffle(b, Vector128.Create(Z, Z, 0, Z, Z, 1, Z, Z, 2, Z, Z, 3, Z, Z, 4, Z))).StoreUnsafe(ref dst);
        (Vector128.Shuffle(r, Vector128.Create(Z, Z, 6, Z, Z, 7, Z, Z, 8, Z, Z, 9, Z, Z, 10, Z))
            | Vector128.Shuffle(g, Vector128.Create((byte)5, Z, Z, 6, Z, Z, 7, Z, Z, 8, Z, Z, 9, Z, Z, 10))
            | Vector128.Shuffle(b, Vector128.Create(Z, 5, Z, Z, 6, Z, Z, 7, Z, Z, 8, Z, Z, 9, Z, Z))).StoreUnsafe(ref dst, 16);
        (Vector128.Shuffle(r, Vector128.Create(Z, 11, Z, Z, 12, Z, Z, 13, Z, Z, 14, Z, Z, 15, Z, Z))
            | Vector128.Shuffle(g, Vector128.Create(Z, Z, 11, Z, Z, 12, Z, Z, 13, Z, Z, 14, Z, Z, 15, Z))
            | Vector128.Shuffle(b, Vector128.Create((byte)10, Z, Z, 11, Z, Z, 12, Z, Z, 13, Z, Z, 14, Z, Z, 15))).StoreUnsafe(ref dst, 32);
    }
}
