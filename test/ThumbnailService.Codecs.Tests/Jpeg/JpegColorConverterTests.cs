using ThumbnailService.Codecs.Jpeg;
using Xunit;

namespace ThumbnailService.Codecs.Tests.Jpeg;

/// <summary>
/// The vectorised colour conversion against <see cref="JpegColorConverterReference"/> (the scalar code it replaced):
/// random rows of every width 1..300 for every pair of chroma ratios 1..4, and every (Y, Cb, Cr) triple at ratios 1
/// and 2, byte for byte; nothing past the row's 3 x width bytes may be written. The 128- and 256-bit kernels are also
/// called directly, so both are checked on any machine that has them.
/// </summary>
public sealed class JpegColorConverterTests
{
    private const byte Sentinel = 0xA5;

    public static TheoryData<int, int> Ratios()
    {
        var data = new TheoryData<int, int>();
        for (int cb = 1; cb <= 4; cb++)
        {
            for (int cr = 1; cr <= 4; cr++)
            {
                data.Add(cb, cr);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Ratios))]
    public void YCbCrRow_RandomRowsOfEveryWidth_MatchesScalarReferenceExactly(int cbRatio, int crRatio)
    {
        var random = new Random((cbRatio * 10) + crRatio);
        for (int width = 1; width <= 300; width++)
        {
            for (int repeat = 0; repeat < 4; repeat++)
            {
                byte[] y = Bytes(random, width), cb = Bytes(random, Ceiling(width, cbRatio)), cr = Bytes(random, Ceiling(width, crRatio));
                AssertSameRow(width, (rgb, w) => JpegColorConverterReference.YCbCrRow(y, cb, cr, cbRatio, crRatio, rgb, w), (rgb, w) => JpegColorConverter.YCbCrRow(y, cb, cr, cbRatio, crRatio, rgb, w));
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void YCbCrRow_EveryLumaAndChromaValue_MatchesScalarReferenceExactly(int ratio)
    {
        // Row (cr, shift): pixel x has Cb = x / ratio, Y = (x + shift) mod 256, so every (Y, Cb) pair meets every Cr.
        int width = 256 * ratio;
        var y = new byte[width];
        byte[] cb = [.. Enumerable.Range(0, 256).Select(i => (byte)i)];
        var cr = new byte[256];
        for (int red = 0; red < 256; red++)
        {
            Array.Fill(cr, (byte)red);
            for (int shift = 0; shift < 256; shift++)
            {
                for (int x = 0; x < width; x++)
                {
                    y[x] = (byte)(x + shift);
                }

                AssertSameRow(width, (rgb, w) => JpegColorConverterReference.YCbCrRow(y, cb, cr, ratio, ratio, rgb, w), (rgb, w) => JpegColorConverter.YCbCrRow(y, cb, cr, ratio, ratio, rgb, w));
            }
        }
    }

    [Theory]
    [InlineData(1, 128)]
    [InlineData(2, 128)]
    [InlineData(1, 256)]
    [InlineData(2, 256)]
    public void YCbCrKernel_EachVectorWidthForced_MatchesScalarReferenceOverWholeGroups(int ratio, int bits)
    {
        // Each width called directly, whichever the dispatcher would pick on this machine: on x86-64 with AVX2 both run,
        // so the 128-bit path that arm64 takes is checked here too.
        var random = new Random((ratio * 1000) + bits);
        for (int width = 0; width <= 600; width += random.Next(1, 9))
        {
            byte[] y = Bytes(random, width), cb = Bytes(random, Ceiling(width, ratio)), cr = Bytes(random, Ceiling(width, ratio));
            int groups = width / 16 * 16;
            var expected = new byte[(3 * width) + 7];
            var actual = new byte[expected.Length];
            expected.AsSpan().Fill(Sentinel);
            actual.AsSpan().Fill(Sentinel);
            JpegColorConverterReference.YCbCrRow(y, cb, cr, ratio, ratio, expected, groups);

            int done = Kernel(bits, y, cb, cr, ratio, actual, width);

            Assert.Equal(groups, done);
            Assert.Equal(expected, actual); // the bytes of whole groups, and nothing written past them
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void YCbCrKernel128_EveryLumaAndChromaValue_MatchesScalarReferenceExactly(int ratio)
    {
        // As YCbCrRow_EveryLumaAndChromaValue_..., on the 128-bit kernel alone (the row is whole groups of 16).
        int width = 256 * ratio;
        var y = new byte[width];
        byte[] cb = [.. Enumerable.Range(0, 256).Select(i => (byte)i)];
        var cr = new byte[256];
        var expected = new byte[3 * width];
        var actual = new byte[3 * width];
        for (int red = 0; red < 256; red++)
        {
            Array.Fill(cr, (byte)red);
            for (int shift = 0; shift < 256; shift++)
            {
                for (int x = 0; x < width; x++)
                {
                    y[x] = (byte)(x + shift);
                }

                JpegColorConverterReference.YCbCrRow(y, cb, cr, ratio, ratio, expected, width);
                Assert.Equal(width, Kernel(128, y, cb, cr, ratio, actual, width));
                Assert.Equal(expected, actual);
            }
        }
    }

    [Fact]
    public void GreyRow_RandomRowsOfEveryWidth_MatchesScalarReferenceExactly()
    {
        var random = new Random(7);
        for (int width = 1; width <= 300; width++)
        {
            byte[] y = Bytes(random, width);
            AssertSameRow(width, (rgb, w) => JpegColorConverterReference.GreyRow(y, rgb, w), (rgb, w) => JpegColorConverter.GreyRow(y, rgb, w));
        }
    }

    private delegate void RowConverter(Span<byte> rgb, int width);

    private static void AssertSameRow(int width, RowConverter reference, RowConverter converter)
    {
        var expected = new byte[(3 * width) + 7];
        var actual = new byte[expected.Length];
        expected.AsSpan().Fill(Sentinel);
        actual.AsSpan().Fill(Sentinel);
        reference(expected, width);
        converter(actual, width);
        Assert.Equal(expected, actual);
    }

    private static int Kernel(int bits, byte[] y, byte[] cb, byte[] cr, int ratio, byte[] rgb, int width)
    {
        if (width == 0)
        {
            return 0;
        }

        return bits == 256
            ? JpegColorConverterSimd.YCbCr256(ref y[0], ref cb[0], ref cr[0], ratio, ref rgb[0], width)
            : JpegColorConverterSimd.YCbCr128(ref y[0], ref cb[0], ref cr[0], ratio, ref rgb[0], width);
    }

    private static int Ceiling(int width, int ratio) => (width + ratio - 1) / ratio;

    private static byte[] Bytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
