using ThumbnailService.Codecs.Jpeg;

namespace ThumbnailService.Codecs.Tests.Jpeg;

public sealed class JpegFrameInfoTests
{
    [Theory]
    [InlineData(0xC0, 8, 3, 0x22, 0x11, -1, true)]   // baseline 4:2:0
    [InlineData(0xC1, 8, 3, 0x21, 0x11, 1, true)]    // extended sequential 4:2:2, Adobe YCbCr
    [InlineData(0xC0, 8, 3, 0x41, 0x11, -1, true)]   // 4:1:1
    [InlineData(0xC0, 8, 1, 0x22, 0, -1, true)]      // greyscale (its factors do not matter)
    [InlineData(0xC2, 8, 3, 0x22, 0x11, -1, false)]  // progressive
    [InlineData(0xC9, 8, 3, 0x22, 0x11, -1, false)]  // arithmetic
    [InlineData(0xC1, 12, 3, 0x22, 0x11, -1, false)] // 12-bit
    [InlineData(0xC0, 8, 4, 0x11, 0x11, 2, false)]   // YCCK
    [InlineData(0xC0, 8, 3, 0x11, 0x11, 0, false)]   // Adobe RGB (no transform)
    [InlineData(0xC0, 8, 3, 0x11, 0x22, -1, false)]  // chroma sampled finer than luma
    [InlineData(0xC0, 8, 3, 0x32, 0x21, -1, false)]  // 3x2 luma with 2x1 chroma: 3 is not a multiple of 2
    public void TryRead_FrameHeader_DecidesTheFastPath(int marker, int precision, int components, int lumaSampling, int chromaSampling, int adobe, bool supported)
    {
        byte[] jpeg = Header((byte)marker, precision, components, lumaSampling, chromaSampling, adobe);

        Assert.True(JpegFrameInfo.TryRead(jpeg, out JpegFrameInfo? info));

        Assert.Equal((1999, 1001, components), (info.Width, info.Height, info.Components.Count));
        Assert.Equal(supported, info.IsFastPathSupported);
        Assert.Equal(marker == 0xC2, info.IsProgressive);
        Assert.Equal(marker == 0xC9, info.IsArithmetic);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47 })]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x40 })]   // segment longer than the data
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xD9 })]               // no frame, no scan
    public void TryRead_MalformedHeaders_ReturnsFalse(byte[] data)
    {
        Assert.False(JpegFrameInfo.TryRead(data, out _));
    }

    internal static byte[] Header(byte marker, int precision, int components, int lumaSampling, int chromaSampling, int adobe)
    {
        var bytes = new List<byte> { 0xFF, 0xD8 };
        if (adobe >= 0)
        {
            bytes.AddRange([0xFF, 0xEE, 0, 14, .. "Adobe"u8.ToArray(), 0, 100, 0, 0, 0, 0, (byte)adobe]);
        }

        bytes.AddRange([0xFF, marker, 0, (byte)(8 + (3 * components)), (byte)precision, 1001 >> 8, 1001 & 0xFF, 1999 >> 8, 1999 & 0xFF, (byte)components]);
        for (int c = 0; c < components; c++)
        {
            bytes.AddRange([(byte)(c + 1), (byte)(c == 0 ? lumaSampling : chromaSampling), 0]);
        }

        bytes.AddRange([0xFF, 0xDA, 0, (byte)(6 + (2 * components)), (byte)components]);
        for (int c = 0; c < components; c++)
        {
            bytes.AddRange([(byte)(c + 1), 0]);
        }

        bytes.AddRange([0, 63, 0, 0xFF, 0xD9]);
        return [.. bytes];
    }
}
