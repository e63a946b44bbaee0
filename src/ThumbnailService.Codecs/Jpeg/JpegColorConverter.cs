using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ThumbnailService.Codecs.Jpeg;

/// <summary>
/// JFIF YCbCr to RGB with libjpeg's fixed-point tables and rounding (jdcolor.c, 16 fraction bits), and greyscale
/// to RGB. Chroma is upsampled by replication (nearest sample, as ImageSharp 2.1 does), not libjpeg's "fancy" filter.
/// Chroma at full or half horizontal resolution (4:4:4, 4:2:2, 4:2:0) goes through <see cref="JpegColorConverterSimd"/>
/// 16 pixels at a time with the same integer arithmetic; the rest of the row and other ratios use the tables.
/// </summary>
internal static class JpegColorConverter
{
    private const int ScaleBits = JpegColorConverterSimd.ScaleBits;
    private const int Half = 1 << (ScaleBits - 1);
    private static readonly int[] CrToR = Table(JpegColorConverterSimd.CrToRFactor, Half);
    private static readonly int[] CbToB = Table(JpegColorConverterSimd.CbToBFactor, Half);
    private static readonly int[] CrToG = Table(JpegColorConverterSimd.CrToGFactor, 0, shift: false);
    private static readonly int[] CbToG = Table(JpegColorConverterSimd.CbToGFactor, Half, shift: false);

    /// <summary>Writes <paramref name="width"/> RGB pixels; chroma sample x / ratio serves luma sample x.</summary>
    public static void YCbCrRow(ReadOnlySpan<byte> y, ReadOnlySpan<byte> cb, ReadOnlySpan<byte> cr, int cbRatio, int crRatio, Span<byte> rgb, int width)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cbRatio);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(crRatio);
        rgb = rgb[..(3 * width)];
        y = y[..width];
        cb = cb[..((width + cbRatio - 1) / cbRatio)];
        cr = cr[..((width + crRatio - 1) / crRatio)];
        int done = 0;
        if (cbRatio == crRatio && cbRatio <= 2 && JpegColorConverterSimd.IsHardwareAccelerated)
        {
            // Whole groups of 16 pixels; the group start x is a multiple of 16, so chroma index x / ratio is exact.
            done = JpegColorConverterSimd.YCbCr(
                ref MemoryMarshal.GetReference(y), ref MemoryMarshal.GetReference(cb), ref MemoryMarshal.GetReference(cr), cbRatio, ref MemoryMarshal.GetReference(rgb), width);
        }

        ScalarRow(y, cb, cr, cbRatio, crRatio, rgb, done);
    }

    public static void GreyRow(ReadOnlySpan<byte> y, Span<byte> rgb, int width)
    {
        y = y[..width];
        rgb = rgb[..(3 * width)];
        int x = Vector128.IsHardwareAccelerated ? JpegColorConverterSimd.Grey(ref MemoryMarshal.GetReference(y), ref MemoryMarshal.GetReference(rgb), width) : 0;
        for (; x < y.Length; x++)
        {
            byte v = y[x];
            rgb[3 * x] = v;
            rgb[(3 * x) + 1] = v;
            rgb[(3 * x) + 2] = v;
        }
    }

    /// <summary>Pixels <paramref name="start"/>.. of the row by table look-up; the chroma index steps every ratio pixels (no division per pixel).</summary>
    private static void ScalarRow(ReadOnlySpan<byte> y, ReadOnlySpan<byte> cb, ReadOnlySpan<byte> cr, int cbRatio, int crRatio, Span<byte> rgb, int start)
    {
        ref int crToR = ref MemoryMarshal.GetArrayDataReference(CrToR), cbToB = ref MemoryMarshal.GetArrayDataReference(CbToB);
        ref int crToG = ref MemoryMarshal.GetArrayDataReference(CrToG), cbToG = ref MemoryMarshal.GetArrayDataReference(CbToG);
        int cbIndex = start / cbRatio, cbPhase = start % cbRatio, crIndex = start / crRatio, crPhase = start % crRatio;
        for (int x = start; x < y.Length; x++)
        {
            int luma = y[x], blue = cb[cbIndex], red = cr[crIndex]; // the tables have 256 entries: any byte indexes them
            rgb[3 * x] = Clamp(luma + Unsafe.Add(ref crToR, red));
            rgb[(3 * x) + 1] = Clamp(luma + ((Unsafe.Add(ref cbToG, blue) + Unsafe.Add(ref crToG, red)) >> ScaleBits));
            rgb[(3 * x) + 2] = Clamp(luma + Unsafe.Add(ref cbToB, blue));
            if (++cbPhase == cbRatio)
            {
                cbPhase = 0;
                cbIndex++;
            }

            if (++crPhase == crRatio)
            {
                crPhase = 0;
                crIndex++;
            }
        }
    }

    private static byte Clamp(int value) => (byte)Math.Clamp(value, 0, 255);

    /// <summary>table[i] = fixedFactor * (i - 128) + rounding, shifted down by the 16 fraction bits unless <paramref name="shift"/> is false.</summary>
    private static int[] Table(int fixedFactor, int rounding, bool shift = true)
    {
        var table = new int[256];
        for (int i = 0; i < 256; i++)
        {
            int product = (fixedFactor * (i - 128)) + rounding;
            table[i] = shift ? product >> ScaleBits : product;
        }

        return table;
    }
}
