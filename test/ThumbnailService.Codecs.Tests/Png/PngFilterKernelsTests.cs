using ThumbnailService.Codecs.Png;

namespace ThumbnailService.Codecs.Tests.Png;

/// <summary>The vectorised kernels against a byte-at-a-time transcription of the PNG specification, at every length that matters.</summary>
public sealed class PngFilterKernelsTests
{
    public static TheoryData<int> BytesPerPixel => [3, 4];

    [Theory]
    [MemberData(nameof(BytesPerPixel))]
    public void Kernels_EveryRowLengthUpTo300_MatchScalarReference(int bpp)
    {
        var random = new Random(bpp);
        for (int pixels = 1; pixels <= 300 / bpp; pixels++)
        {
            byte[] raw = Bytes(random, pixels * bpp), prior = Bytes(random, pixels * bpp);
            foreach (PngFilterType type in Enum.GetValues<PngFilterType>())
            {
                Assert.Equal(Reference(type, raw, prior, bpp), Kernel(type, raw, prior, bpp));
            }
        }
    }

    [Fact]
    public void Kernels_ExtremeValues_MatchScalarReference()
    {
        byte[] raw = [.. Enumerable.Repeat((byte)255, 96), .. Enumerable.Repeat((byte)0, 96)];
        byte[] prior = [.. Enumerable.Repeat((byte)0, 96), .. Enumerable.Repeat((byte)255, 96)];
        foreach (PngFilterType type in Enum.GetValues<PngFilterType>())
        {
            Assert.Equal(Reference(type, raw, prior, 4), Kernel(type, raw, prior, 4));
            Assert.Equal(Reference(type, prior, raw, 3), Kernel(type, prior, raw, 3));
        }
    }

    [Fact]
    public void PaethPredictor_AllTriplesOnAGrid_MatchesSpecification()
    {
        for (int a = 0; a < 256; a += 5)
        {
            for (int b = 0; b < 256; b += 3)
            {
                for (int c = 0; c < 256; c += 7)
                {
                    Assert.Equal(SpecPaeth(a, b, c), PngFilterKernels.PaethPredictor((byte)a, (byte)b, (byte)c));
                }
            }
        }
    }

    [Fact]
    public void ScoreSum_RandomRowsAndEdgeBytes_MatchesScalarSumOfSignedMagnitudes()
    {
        var random = new Random(5);
        for (int length = 0; length <= 2000; length += 37)
        {
            byte[] row = Bytes(random, length);
            Assert.Equal(row.Sum(b => (long)Math.Abs((int)(sbyte)b)), PngFilterScore.Sum(row));
        }

        byte[] worst = Enumerable.Repeat((byte)0x80, 100_000).ToArray(); // 128 each: overflows 16-bit partial sums if not widened
        Assert.Equal(128L * worst.Length, PngFilterScore.Sum(worst));
        Assert.Equal(3, PngFilterScore.Sum([0xFF, 0x01, 0x00, 0xFF]));
    }

    internal static byte[] Reference(PngFilterType type, byte[] raw, byte[] prior, int bpp)
    {
        var result = new byte[raw.Length];
        for (int x = 0; x < raw.Length; x++)
        {
            int a = x >= bpp ? raw[x - bpp] : 0, b = prior[x], c = x >= bpp ? prior[x - bpp] : 0;
            int predicted = type switch
            {
                PngFilterType.Sub => a,
                PngFilterType.Up => b,
                PngFilterType.Average => (a + b) / 2,
                PngFilterType.Paeth => SpecPaeth(a, b, c),
                _ => 0,
            };
            result[x] = (byte)(raw[x] - predicted);
        }

        return result;
    }

    private static byte[] Kernel(PngFilterType type, byte[] raw, byte[] prior, int bpp)
    {
        var result = new byte[raw.Length];
        switch (type)
        {
            case PngFilterType.Sub: PngFilterKernels.Sub(raw, bpp, result); break;
            case PngFilterType.Up: PngFilterKernels.Up(raw, prior, result); break;
            case PngFilterType.Average: PngFilterKernels.Average(raw, prior, bpp, result); break;
            case PngFilterType.Paeth: PngFilterKernels.Paeth(raw, prior, bpp, result); break;
            default: raw.CopyTo(result, 0); break;
        }

        return result;
    }

    // ISO 15948 section 9.4, literally.
    private static int SpecPaeth(int a, int b, int c)
    {
        int p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        if (pa <= pb && pa <= pc)
        {
            return a;
        }

        return pb <= pc ? b : c;
    }

    private static byte[] Bytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
