using ThumbnailService.Codecs.Jpeg;
using Xunit;

namespace ThumbnailService.Codecs.Tests.Jpeg;

/// <summary>
/// The vectorised colour conversion against <see cref="JpegColorConverterReference"/> (the scalar code it replaced):
/// random rows of every width 1..300 for every pair of chroma ratios 1..4, and every (Y, Cb, Cr) triple at ratios 1
/// and 2, byte for byte; nothing past the row's 3 x width bytes may be written.
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

    private static int Ceiling(int width, int ratio) => (width + ratio - 1) / ratio;

    private static byte[] Bytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
