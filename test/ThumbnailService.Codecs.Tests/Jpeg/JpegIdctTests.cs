using ThumbnailService.Codecs.Jpeg;
using Xunit;

namespace ThumbnailService.Codecs.Tests.Jpeg;

/// <summary>
/// The vectorised IDCT against <see cref="JpegIdctReference"/> (the scalar code it replaced) on random dequantised
/// blocks: integer coefficients times a quantiser, dense, sparse low-frequency, lone high-frequency and out-of-range
/// ones (which exercise the clamping). Both add the same products in the same order without FMA, so the bytes must be
/// identical, and nothing outside the N x N output pixels may be written.
/// </summary>
public sealed class JpegIdctTests
{
    private const byte Sentinel = 0xA5;

    [Theory]
    [InlineData(8)]
    [InlineData(4)]
    [InlineData(2)]
    public void Transform_RandomBlocks_MatchesScalarReferenceExactly(int size)
    {
        var random = new Random(size);
        for (int i = 0; i < 20_000; i++)
        {
            float[] block = RandomBlock(random, size);
            AssertSameOutput(block, size, hasAc: true, (b, o, s) => JpegIdct.Transform(b, size, true, o, s));
        }
    }

    [Fact]
    public void Transform8Portable_RandomBlocks_MatchesScalarReferenceExactly()
    {
        var random = new Random(80);
        for (int i = 0; i < 20_000; i++)
        {
            AssertSameOutput(RandomBlock(random, 8), 8, hasAc: true, (b, o, s) => JpegIdct.Transform8Portable(b, o, s));
        }
    }

    [Fact]
    public void Transform8Vector128_RandomBlocks_MatchesScalarReferenceExactly()
    {
        // The kernel arm64 runs, called directly (on x86-64 with AVX2 the dispatcher takes the 256-bit one).
        var random = new Random(128);
        for (int i = 0; i < 20_000; i++)
        {
            AssertSameOutput(RandomBlock(random, 8), 8, hasAc: true, (b, o, s) => JpegIdct.Transform8Vector128(b, o, s));
        }
    }

    [Theory]
    [InlineData(8)]
    [InlineData(4)]
    [InlineData(2)]
    [InlineData(1)]
    public void Transform_DcOnlyBlocks_MatchesScalarReferenceExactly(int size)
    {
        for (int dc = -2100 * 8; dc <= 2100 * 8; dc += 3)
        {
            var block = new float[size * size];
            block[0] = dc;
            AssertSameOutput(block, size, hasAc: false, (b, o, s) => JpegIdct.Transform(b, size, false, o, s));
        }
    }

    [Fact]
    public void Transform_OutputTooShortForStride_Throws()
    {
        var block = new float[64];
        var output = new byte[(7 * 16) + 7];

        Assert.Throws<ArgumentOutOfRangeException>(() => JpegIdct.Transform(block, 8, true, output, 16));
    }

    private static void AssertSameOutput(float[] block, int size, bool hasAc, Action<float[], byte[], int> transform)
    {
        int stride = size + 3;
        var expected = new byte[(size * stride) + 5];
        var actual = new byte[expected.Length];
        expected.AsSpan().Fill(Sentinel);
        actual.AsSpan().Fill(Sentinel);
        JpegIdctReference.Transform((float[])block.Clone(), size, hasAc, expected, stride);
        transform((float[])block.Clone(), actual, stride);
        Assert.Equal(expected, actual);
    }

    /// <summary>
    /// Dequantised coefficients as the entropy decoder produces them: an integer level times a quantiser. Most blocks
    /// stay within 0..255 so that rounding, not clamping, decides the bytes (an extra or fused rounding step shows).
    /// </summary>
    private static float[] RandomBlock(Random random, int size)
    {
        var block = new float[size * size];
        int kind = random.Next(4), quant = random.Next(1, 17);
        for (int i = 0; i < block.Length; i++)
        {
            int v = i / size, u = i % size;
            block[i] = kind switch
            {
                0 => random.Next(-12, 13) * quant, // dense texture
                1 => random.Next(1 + (2 * (u + v))) == 0 ? random.Next(-40, 41) * quant : 0, // sparse low frequencies: zero rows at the bottom
                2 => i == 0 || i == block.Length - 1 ? random.Next(-300, 301) * quant : 0, // DC and the highest kept frequency only
                _ => random.Next(2) == 0 ? random.Next(-2048, 2048) * random.Next(1, 256) : 0, // out of range: clamping at both ends
            };
        }

        return block;
    }
}
