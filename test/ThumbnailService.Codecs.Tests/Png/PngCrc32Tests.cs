using System.Text;
using ThumbnailService.Codecs.Png;

namespace ThumbnailService.Codecs.Tests.Png;

public sealed class PngCrc32Tests
{
    [Fact]
    public void Compute_StandardCheckString_GivesCheckValue()
    {
        Assert.Equal(0xCBF43926u, PngCrc32.Compute(Encoding.ASCII.GetBytes("123456789")));
    }

    [Fact]
    public void Compute_Empty_GivesZero()
    {
        Assert.Equal(0u, PngCrc32.Compute([]));
    }

    [Fact]
    public void Compute_IendChunkType_GivesTheWellKnownIendCrc()
    {
        Assert.Equal(0xAE426082u, PngCrc32.Compute("IEND"u8));
    }

    [Fact]
    public void Compute_EveryLengthUpTo100_MatchesBitwiseCrc()
    {
        var random = new Random(11);
        byte[] data = new byte[100];
        random.NextBytes(data);
        for (int length = 0; length <= data.Length; length++)
        {
            Assert.Equal(PngChunks.BitwiseCrc32(data.AsSpan(0, length)), PngCrc32.Compute(data.AsSpan(0, length)));
        }
    }

    [Fact]
    public void Compute_LargeBuffer_MatchesBitwiseCrc()
    {
        byte[] data = new byte[300_007];
        new Random(12).NextBytes(data);

        Assert.Equal(PngChunks.BitwiseCrc32(data), PngCrc32.Compute(data));
    }
}
