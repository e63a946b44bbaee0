using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace ThumbnailService.Codecs.Jpeg;

/// <summary>
/// The <see cref="Vector128{T}"/> path of the YCbCr conversion (arm64 AdvSimd, where <see cref="Vector256{T}"/> is not
/// accelerated): the same int32 products, arithmetic shifts and int16 clamps as the 256-bit path, on half-width vectors,
/// so its bytes are those of the tables. 16 pixels per step: luma and each offset are two vectors of 8 int16 lanes.
/// </summary>
internal static partial class JpegColorConverterSimd
{
    /// <summary>The <see cref="Vector128{T}"/> path of <see cref="YCbCr"/> (tests call it directly).</summary>
    internal static int YCbCr128(ref byte y, ref byte cb, ref byte cr, int ratio, ref byte rgb, int width)
    {
        int x = 0;
        for (; x + 16 <= width; x += 16)
        {
            Offsets16 offsets = ratio == 1 ? FullOffsets128(ref cb, ref cr, x) : HalfOffsets128(ref cb, ref cr, x / 2);
            Vector128<byte> luma = Vector128.LoadUnsafe(ref y, (nuint)x);
            Vector128<short> lumaLo = Vector128.WidenLower(luma).AsInt16(), lumaHi = Vector128.WidenUpper(luma).AsInt16();
            Interleave(
                Channel(lumaLo + offsets.RedLo, lumaHi + offsets.RedHi),
                Channel(lumaLo + offsets.GreenLo, lumaHi + offsets.GreenHi),
                Channel(lumaLo + offsets.BlueLo, lumaHi + offsets.BlueHi),
                ref Unsafe.Add(ref rgb, 3 * x));
        }

        return x;
    }

    /// <summary>Chroma at full resolution: 16 samples widened to four int32 vectors, offsets narrowed in order to int16.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Offsets16 FullOffsets128(ref byte cb, ref byte cr, int x)
    {
        Vector128<byte> blue = Vector128.LoadUnsafe(ref cb, (nuint)x), red = Vector128.LoadUnsafe(ref cr, (nuint)x);
        Vector128<ushort> blueLo = Vector128.WidenLower(blue), blueHi = Vector128.WidenUpper(blue);
        Vector128<ushort> redLo = Vector128.WidenLower(red), redHi = Vector128.WidenUpper(red);
        Offsets4 o0 = Offsets(Vector128.WidenLower(blueLo), Vector128.WidenLower(redLo));
        Offsets4 o1 = Offsets(Vector128.WidenUpper(blueLo), Vector128.WidenUpper(redLo));
        Offsets4 o2 = Offsets(Vector128.WidenLower(blueHi), Vector128.WidenLower(redHi));
        Offsets4 o3 = Offsets(Vector128.WidenUpper(blueHi), Vector128.WidenUpper(redHi));
        return new Offsets16(
            Vector128.Narrow(o0.Red, o1.Red), Vector128.Narrow(o2.Red, o3.Red),
            Vector128.Narrow(o0.Green, o1.Green), Vector128.Narrow(o2.Green, o3.Green),
            Vector128.Narrow(o0.Blue, o1.Blue), Vector128.Narrow(o2.Blue, o3.Blue));
    }

    /// <summary>Chroma at half resolution: samples c..c+7 serve 16 pixels, each int32 offset t becoming the int16 pair (t, t).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Offsets16 HalfOffsets128(ref byte cb, ref byte cr, int c)
    {
        Vector128<ushort> blue = Vector128.WidenLower(Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref cb, c))).AsByte());
        Vector128<ushort> red = Vector128.WidenLower(Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref cr, c))).AsByte());
        Offsets4 lo = Offsets(Vector128.WidenLower(blue), Vector128.WidenLower(red)); // samples c..c+3: pixels 0..7
        Offsets4 hi = Offsets(Vector128.WidenUpper(blue), Vector128.WidenUpper(red)); // samples c+4..c+7: pixels 8..15
        return new Offsets16(Twice(lo.Red), Twice(hi.Red), Twice(lo.Green), Twice(hi.Green), Twice(lo.Blue), Twice(hi.Blue));
    }

    /// <summary>The table values CrToR[cr], (CbToG[cb] + CrToG[cr]) >> 16 and CbToB[cb] for 4 samples (0..255 in each lane).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Offsets4 Offsets(Vector128<uint> cb, Vector128<uint> cr)
    {
        Vector128<int> c = cb.AsInt32() - Vector128.Create(128), d = cr.AsInt32() - Vector128.Create(128);
        Vector128<int> half = Vector128.Create(1 << (ScaleBits - 1));
        return new Offsets4(
            Vector128.ShiftRightArithmetic((d * CrToRFactor) + half, ScaleBits),
            Vector128.ShiftRightArithmetic((c * CbToGFactor) + half + (d * CrToGFactor), ScaleBits),
            Vector128.ShiftRightArithmetic((c * CbToBFactor) + half, ScaleBits));
    }

    /// <summary>Each int32 lane t (|t| &lt; 2^15) as two int16 lanes (t, t).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<short> Twice(Vector128<int> t) => ((t & Vector128.Create(0xFFFF)) | (t << 16)).AsInt16();

    /// <summary>16 int16 values in two vectors (no overflow: at most 255 + 227 in magnitude) clamped to 0..255 and packed to bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Channel(Vector128<short> lo, Vector128<short> hi)
    {
        Vector128<short> max = Vector128.Create((short)255);
        Vector128<ushort> clampedLo = Vector128.Min(Vector128.Max(lo, Vector128<short>.Zero), max).AsUInt16();
        Vector128<ushort> clampedHi = Vector128.Min(Vector128.Max(hi, Vector128<short>.Zero), max).AsUInt16();
        return Vector128.Narrow(clampedLo, clampedHi);
    }

    /// <summary>R, G, B offsets of 4 chroma samples (int32 lanes).</summary>
    private readonly record struct Offsets4(Vector128<int> Red, Vector128<int> Green, Vector128<int> Blue);

    /// <summary>R, G, B offsets of 16 pixels, each as pixels 0..7 (Lo) and 8..15 (Hi) in int16 lanes.</summary>
    private readonly record struct Offsets16(
        Vector128<short> RedLo, Vector128<short> RedHi, Vector128<short> GreenLo, Vector128<short> GreenHi, Vector128<short> BlueLo, Vector128<short> BlueHi);
}
