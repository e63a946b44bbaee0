using System.Buffers.Binary;
using System.IO.Compression;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Metadata.Profiles.Icc;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.Core.Imaging;
using ThumbnailService.Codecs.Png;
using ThumbnailService.TestSupport.Images;
using Xunit;

namespace ThumbnailService.Codecs.Tests.Png;

public class PngIccReaderTests
{
    [Fact]
    public void Read_PngWithIccp_ReturnsTheProfileBytes()
    {
        byte[] icc = IccBytes.Minimal();

        IccProfile? profile = PngIccReader.Read(new MemoryStream(PngWithProfile(icc)));

        Assert.NotNull(profile);
        Assert.Equal(icc, profile.ToByteArray());
    }

    [Fact]
    public void Read_PngWithoutIccp_ReturnsNull()
    {
        using Image<Rgba32> image = TestImages.Quadrants(40, 30);

        Assert.Null(PngIccReader.Read(new MemoryStream(TestImages.Encode(image, new SixLabors.ImageSharp.Formats.Png.PngEncoder()))));
    }

    [Fact]
    public void Read_IccpThatInflatesBeyondTheLimit_ReturnsNull()
    {
        byte[] bomb = new byte[PngIccReader.MaxProfileBytes + 1]; // zeros: compresses to a few kilobytes
        BinaryPrimitives.WriteInt32BigEndian(bomb, bomb.Length);

        Assert.Null(PngIccReader.Read(new MemoryStream(WithIccpChunk(Compressed(bomb)))));
    }

    [Fact]
    public void Read_IccpWithBrokenZlibData_ReturnsNull()
    {
        byte[] garbage = [0x78, 0x9C, 0xFF, 0xFF, 0xFF, 0x00, 0x13];

        Assert.Null(PngIccReader.Read(new MemoryStream(WithIccpChunk(garbage))));
    }

    [Fact]
    public void Read_IccpHoldingNoValidProfile_ReturnsNull()
    {
        Assert.Null(PngIccReader.Read(new MemoryStream(WithIccpChunk(Compressed(new byte[200])))));
    }

    [Fact]
    public void Render_PngSourceWithProfile_EveryThumbnailKeepsIt()
    {
        byte[] icc = IccBytes.Minimal();
        byte[] png = PngWithProfile(icc, width: 600, height: 400);

        foreach (OutputFormatPolicy policy in new[] { OutputFormatPolicy.Auto, OutputFormatPolicy.Jpeg })
        {
            RenderOutcome.Rendered rendered = Pipelines.Create(policy, Pipelines.Medium, Pipelines.Square).RenderOk(png);

            Assert.All(rendered.Thumbnails, thumbnail =>
            {
                using Image<Rgba32> decoded = TestImages.Decode(thumbnail.Bytes);
                IccProfile? kept = thumbnail.ContentType == "image/png" ? PngIccReader.Read(new MemoryStream(thumbnail.Bytes.ToArray())) : decoded.Metadata.IccProfile;
                Assert.NotNull(kept);
                Assert.Equal(icc, kept.ToByteArray());
            });
        }
    }

    private static byte[] PngWithProfile(byte[] icc, int width = 32, int height = 24)
    {
        using Image<Rgba32> image = TestImages.Quadrants(width, height);
        image.Metadata.IccProfile = new IccProfile(icc);
        var output = new MemoryStream();
        PngWriter.Write(image, hasAlpha: true, output);
        return output.ToArray();
    }

    /// <summary>A small PNG whose iCCP chunk carries <paramref name="compressed"/> after the name and method.</summary>
    private static byte[] WithIccpChunk(byte[] compressed)
    {
        using Image<Rgba32> image = TestImages.Quadrants(8, 8);
        byte[] plain = TestImages.Encode(image, new SixLabors.ImageSharp.Formats.Png.PngEncoder());
        int afterHeader = 8 + 8 + 13 + 4; // signature, IHDR
        var output = new MemoryStream();
        output.Write(plain, 0, afterHeader);
        byte[] data = [.. "ICC profile"u8, 0, 0, .. compressed];
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);
        output.Write("iCCP"u8);
        output.Write(data);
        output.Write(new byte[4]); // CRC: the reader does not need it
        output.Write(plain, afterHeader, plain.Length - afterHeader);
        return output.ToArray();
    }

    private static byte[] Compressed(byte[] data)
    {
        var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }
}
