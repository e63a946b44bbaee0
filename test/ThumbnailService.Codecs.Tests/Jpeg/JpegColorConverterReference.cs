namespace ThumbnailService.Codecs.Tests.Jpeg;

/// <summary>
/// The scalar converter as it was before vectorisation (commit e1267fc), kept unchanged as the reference that
/// <see cref="ThumbnailService.Core.Imaging.Jpeg.JpegColorConverter"/> must match byte for byte.
/// JFIF YCbCr to RGB with libjpeg's fixed-point tables and rounding (jdcolor.c, 16 fraction bits), and greyscale
/// to RGB. Chroma is upsampled by replication (nearest sample, as ImageSharp 2.1 does), not libjpeg's "fancy" filter.
/// </summary>
internal static class JpegColorConverterReference
{
    private const int ScaleBits = 16;
    private const int Half = 1 << (ScaleBits - 1);
    private static readonly int[] CrToR = Table(1.40200, Half);
    private static readonly int[] CbToB = Table(1.77200, Half);
    private static readonly int[] CrToG = Table(-0.71414, 0, shift: false);
    private static readonly int[] CbToG = Table(-0.34414, Half, shift: false);

    /// <summary>Writes <paramref name="width"/> RGB pixels; chroma sample x / ratio serves luma sample x.</summary>
    public static void YCbCrRow(ReadOnlySpan<byte> y, ReadOnlySpan<byte> cb, ReadOnlySpan<byte> cr, int cbRatio, int crRatio, Span<byte> rgb, int width)
    {
        rgb = rgb[..(3 * width)];
        y = y[..width];
        if (cbRatio == 1 && crRatio == 1)
        {
            cb = cb[..width];
            cr = cr[..width];
            for (int x = 0; x < y.Length; x++)
            {
                Pixel(y[x], cb[x], cr[x], rgb.Slice(3 * x, 3));
            }

            return;
        }

        for (int x = 0; x < y.Length; x++)
        {
            Pixel(y[x], cb[x / cbRatio], cr[x / crRatio], rgb.Slice(3 * x, 3));
        }
    }

    public static void GreyRow(ReadOnlySpan<byte> y, Span<byte> rgb, int width)
    {
        y = y[..width];
        rgb = rgb[..(3 * width)];
        for (int x = 0; x < y.Length; x++)
        {
            byte v = y[x];
            rgb[3 * x] = v;
            rgb[(3 * x) + 1] = v;
            rgb[(3 * x) + 2] = v;
        }
    }

    private static void Pixel(int y, int cb, int cr, Span<byte> rgb)
    {
        rgb[2] = Clamp(y + CbToB[cb]);
        rgb[1] = Clamp(y + ((CbToG[cb] + CrToG[cr]) >> ScaleBits));
        rgb[0] = Clamp(y + CrToR[cr]);
    }

    private static byte Clamp(int value) => (byte)Math.Clamp(value, 0, 255);

    private static int[] Table(double factor, int rounding, bool shift = true)
    {
        var table = new int[256];
        int fixedFactor = (int)Math.Round(Math.Abs(factor) * (1 << ScaleBits)) * Math.Sign(factor);
        for (int i = 0; i < 256; i++)
        {
            int product = (fixedFactor * (i - 128)) + rounding;
            table[i] = shift ? product >> ScaleBits : product;
        }

        return table;
    }
}
