using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata.Profiles.Icc;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.Core.Imaging;
using ThumbnailService.TestSupport.Images;

namespace ThumbnailService.Codecs.Tests.Png;

public sealed class PngThumbnailEncoderTests
{
    [Theory]
    [InlineData(true, 6)]
    [InlineData(false, 2)]
    public void Encode_Png_WritesOurPngWithTheRequestedColourType(bool hasAlpha, byte colourType)
    {
        using Image<Rgba32> source = PngTestImages.Mixed(64, 48);

        ReadOnlyMemory<byte> bytes = Encode(source, hasAlpha);

        List<PngChunk> chunks = PngChunks.Read(bytes.Span);
        Assert.Equal(["IHDR", "IDAT", "IEND"], chunks.Select(c => c.Type));
        Assert.Equal(colourType, chunks[0].Data[9]);
        using Image<Rgba32> decoded = TestImages.Decode(bytes);
        Assert.Equal(source[5, 3].Rgb, decoded[5, 3].Rgb);
    }

    [Fact]
    public void Encode_PngWithIccProfile_KeepsTheProfile()
    {
        using Image<Rgb24> source = PhotoLike.Create(40, 30);
        byte[] icc = IccBytes.Minimal();
        source.Metadata.IccProfile = new IccProfile(icc);

        ReadOnlyMemory<byte> bytes = Encode(source, hasAlpha: false);

        PngChunk profile = Assert.Single(PngChunks.Read(bytes.Span), c => c.Type == "iCCP");
        Assert.Equal(icc, PngChunks.Inflate(profile.Data.AsSpan("ICC profile".Length + 2)));
    }

    private static byte[] Encode(Image image, bool hasAlpha)
    {
        using var output = new MemoryStream();
        new PngThumbnailEncoder().Encode(image, hasAlpha, 80, output);
        return output.ToArray();
    }
}
