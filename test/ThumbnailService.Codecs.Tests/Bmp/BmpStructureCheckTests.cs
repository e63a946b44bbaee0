using System.Buffers.Binary;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Bmp;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.Core.Imaging;
using ThumbnailService.TestSupport.Images;

namespace ThumbnailService.Codecs.Tests.Bmp;

public sealed class BmpStructureCheckTests
{
    [Theory]
    [InlineData(BmpBitsPerPixel.Pixel1)]
    [InlineData(BmpBitsPerPixel.Pixel8)]
    [InlineData(BmpBitsPerPixel.Pixel16)]
    [InlineData(BmpBitsPerPixel.Pixel24)]
    [InlineData(BmpBitsPerPixel.Pixel32)]
    public void Check_EncoderOutput_Accepts(BmpBitsPerPixel bits)
    {
        Assert.Null(BmpStructureCheck.Check(Bmp(bits, 37, 23)));
    }

    [Fact]
    public void Check_LastRowWithoutItsPadding_Accepts()
    {
        byte[] bmp = Bmp(BmpBitsPerPixel.Pixel24, 37, 23); // rows of 111 bytes padded to 112

        Assert.Null(BmpStructureCheck.Check(bmp.AsSpan(0, bmp.Length - 1)));
    }

    [Fact]
    public void Check_LastRowCutShort_RejectsCorrupt()
    {
        byte[] bmp = Bmp(BmpBitsPerPixel.Pixel24, 37, 23);

        Assert.Equal(RejectionReason.Corrupt, BmpStructureCheck.Check(bmp.AsSpan(0, bmp.Length - 2))?.Reason);
    }

    [Fact]
    public void Check_HeaderClaimingMegapixelsOverNoData_RejectsCorrupt()
    {
        byte[] bmp = Bmp(BmpBitsPerPixel.Pixel24, 4, 4)[..70];
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(18), 7000);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(22), -7000); // top-down

        Assert.Equal(RejectionReason.Corrupt, BmpStructureCheck.Check(bmp)?.Reason);
    }

    [Fact]
    public void Check_RunLengthEncoded_LeftToThePixelLimit()
    {
        byte[] bmp = Bmp(BmpBitsPerPixel.Pixel8, 64, 64)[..1100];
        BinaryPrimitives.WriteUInt32LittleEndian(bmp.AsSpan(30), 1); // BI_RLE8: may end early by design

        Assert.Null(BmpStructureCheck.Check(bmp));
    }

    private static byte[] Bmp(BmpBitsPerPixel bits, int width, int height)
    {
        using var image = new Image<Rgba32>(width, height, new Rgba32(10, 200, 30));
        return TestImages.Encode(image, new BmpEncoder { BitsPerPixel = bits });
    }
}
