using System.Buffers.Binary;
using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.Metadata.Profiles.Icc;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.TestSupport.Images;

namespace ThumbnailService.Codecs.Tests.Png;

public sealed class PngWriterChunkTests
{
    [Theory]
    [InlineData(true, 6)]
    [InlineData(false, 2)]
    public void Write_AnyImage_HeaderHasSizeDepth8AndColourType(bool hasAlpha, byte colourType)
    {
        using Image<Rgba32> source = PngTestImages.Mixed(301, 77);

        PngChunk header = PngTestImages.Encode(source, hasAlpha).Chunks[0];

        Assert.Equal("IHDR", header.Type);
        Assert.Equal(13, header.Data.Length);
        Assert.Equal(301, BinaryPrimitives.ReadInt32BigEndian(header.Data));
        Assert.Equal(77, BinaryPrimitives.ReadInt32BigEndian(header.Data.AsSpan(4)));
        Assert.Equal([8, colourType, 0, 0, 0], header.Data[8..]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Write_AnyImage_EveryChunkCrcMatches(bool withProfile)
    {
        using Image<Rgba32> source = PngTestImages.Mixed(1024, 40);
        source.Metadata.IccProfile = withProfile ? new IccProfile(IccBytes.Minimal()) : null;

        List<PngChunk> chunks = PngTestImages.Encode(source, hasAlpha: true).Chunks;

        Assert.All(chunks, chunk => Assert.Equal(PngChunks.CrcOf(chunk), chunk.StoredCrc));
    }

    [Fact]
    public void Write_ImageWithoutProfile_WritesOnlyHeaderDataAndEnd()
    {
        using Image<Rgba32> source = PngTestImages.Mixed(50, 50);

        List<PngChunk> chunks = PngTestImages.Encode(source, hasAlpha: true).Chunks;

        Assert.Equal(["IHDR", "IDAT", "IEND"], chunks.Select(c => c.Type));
        Assert.Empty(chunks[^1].Data);
    }

    [Fact]
    public void Write_ImageWithIccProfile_WritesICCPBeforeDataThatRoundTrips()
    {
        using Image<Rgba32> source = PngTestImages.Mixed(50, 50);
        byte[] icc = IccBytes.Minimal();
        source.Metadata.IccProfile = new IccProfile(icc);

        List<PngChunk> chunks = PngTestImages.Encode(source, hasAlpha: false).Chunks;

        Assert.Equal(["IHDR", "iCCP", "IDAT", "IEND"], chunks.Select(c => c.Type));
        byte[] data = chunks[1].Data;
        int nul = Array.IndexOf(data, (byte)0);
        Assert.Equal("ICC profile", Encoding.Latin1.GetString(data, 0, nul));
        Assert.Equal(0, data[nul + 1]); // compression method: zlib
        Assert.Equal(icc, PngChunks.Inflate(data.AsSpan(nul + 2)));
    }

    [Fact]
    public void Write_ImageWithExifAndProfile_WritesNoOtherMetadata()
    {
        using Image<Rgba32> source = PngTestImages.Mixed(20, 20);
        source.Metadata.ExifProfile = new ExifProfile();
        source.Metadata.ExifProfile.SetValue(ExifTag.Make, "SecretCam");
        source.Metadata.IccProfile = new IccProfile(IccBytes.Minimal());

        PngWriterOutput output = PngTestImages.Encode(source, hasAlpha: true);

        Assert.Equal(["IHDR", "iCCP", "IDAT", "IEND"], output.Chunks.Select(c => c.Type));
        Assert.DoesNotContain("SecretCam", Encoding.Latin1.GetString(output.Bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_AnyImage_DataIsOneZlibStreamOfFilteredRows()
    {
        using Image<Rgba32> source = PngTestImages.Mixed(33, 20);

        PngChunk data = PngTestImages.Encode(source, hasAlpha: true).Chunks[1];

        Assert.Equal(0x78, data.Data[0]); // zlib header: deflate, 32 KiB window
        byte[] rows = PngChunks.Inflate(data.Data);
        Assert.Equal(20 * (1 + (33 * 4)), rows.Length);
        Assert.All(Enumerable.Range(0, 20), y => Assert.InRange(rows[y * (1 + (33 * 4))], 0, 4));
    }
}
