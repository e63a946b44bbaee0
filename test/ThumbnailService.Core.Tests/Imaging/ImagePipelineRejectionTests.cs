using ThumbnailService.Codecs;
using System.Diagnostics;
using System.Text;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Tiff;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.Core.Imaging;
using ThumbnailService.TestSupport.Images;

namespace ThumbnailService.Core.Tests.Imaging;

public sealed class ImagePipelineRejectionTests
{
    private readonly ImagePipeline _pipeline = Pipelines.Create();

    [Fact]
    public void Render_EmptyStream_RejectsEmpty()
    {
        Assert.Equal(RejectionReason.Empty, _pipeline.RenderRejected([]).Reason);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body>not a png</body></html>")]
    [InlineData("{\"json\": true}")]
    [InlineData("BMW owners club")]
    [InlineData("x")]
    public void Render_Text_RejectsNotAnImage(string text)
    {
        Assert.Equal(RejectionReason.NotAnImage, _pipeline.RenderRejected(Encoding.UTF8.GetBytes(text)).Reason);
    }

    [Fact]
    public void Render_RandomBytes_RejectsNotAnImage()
    {
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        bytes[0] = 0x42; // not a JPEG/ICO/... lead byte by chance

        Assert.Equal(RejectionReason.NotAnImage, _pipeline.RenderRejected(bytes).Reason);
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>", "SVG")]
    [InlineData("\uFEFF<?xml version=\"1.0\"?>\n<!-- drawn -->\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "SVG")]
    [InlineData("%PDF-1.7\n%\u00e2\u00e3", "PDF")]
    [InlineData("8BPS\u0000\u0001", "PSD")]
    public void Render_RecognisedTextOrDocumentFormat_RejectsUnsupportedNamingIt(string content, string name)
    {
        RenderOutcome.Rejected rejected = _pipeline.RenderRejected(Encoding.UTF8.GetBytes(content));

        Assert.Equal(RejectionReason.UnsupportedFormat, rejected.Reason);
        Assert.Contains(name, rejected.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("heic", "mif1", "HEIC")]
    [InlineData("mif1", "heic", "HEIC")]
    [InlineData("avif", "mif1", "AVIF")]
    [InlineData("mif1", "avif", "AVIF")]
    [InlineData("mif1", "miaf", "HEIF")]
    public void Render_IsoMediaImage_RejectsUnsupportedNamingIt(string major, string compatible, string name)
    {
        byte[] ftyp = [0, 0, 0, 24, .. "ftyp"u8, .. Encoding.ASCII.GetBytes(major), 0, 0, 0, 0, .. Encoding.ASCII.GetBytes(compatible), .. "miaf"u8, 0, 0, 0, 8, .. "meta"u8];

        RenderOutcome.Rejected rejected = _pipeline.RenderRejected(ftyp);

        Assert.Equal(RejectionReason.UnsupportedFormat, rejected.Reason);
        Assert.Contains(name, rejected.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Mp4Video_RejectsNotAnImage()
    {
        byte[] ftyp = [0, 0, 0, 20, .. "ftyp"u8, .. "isom"u8, 0, 0, 2, 0, .. "mp41"u8];

        Assert.Equal(RejectionReason.NotAnImage, _pipeline.RenderRejected(ftyp).Reason);
    }

    [Fact]
    public void Render_Icon_RejectsUnsupported()
    {
        byte[] ico = [0, 0, 1, 0, 1, 0, 16, 16, 0, 0, 1, 0, 32, 0, 0, 0, 0, 0, 22, 0, 0, 0];

        Assert.Equal(RejectionReason.UnsupportedFormat, _pipeline.RenderRejected(ico).Reason);
    }

    [Fact]
    public void Render_TiffWhenNotAllowed_RejectsUnsupported()
    {
        using var image = TestImages.Quadrants(64, 48);
        byte[] tiff = TestImages.Encode(image, new TiffEncoder());

        RenderOutcome.Rejected rejected = _pipeline.RenderRejected(tiff);

        Assert.Equal(RejectionReason.UnsupportedFormat, rejected.Reason);
        Assert.Contains("TIFF", rejected.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TiffWhenAllowed_Renders()
    {
        using var image = TestImages.Quadrants(64, 48);
        byte[] tiff = TestImages.Encode(image, new TiffEncoder());
        var pipeline = StandardCodecs.Pipeline(new ImagePipelineOptions { Presets = [Pipelines.Square], AllowTiff = true });

        RenderOutcome.Rendered rendered = pipeline.RenderOk(tiff);

        Assert.Equal("tiff", rendered.Source.Format);
        Assert.Equal((64, 48), (rendered.Thumbnails[0].Width, rendered.Thumbnails[0].Height));
    }

    [Theory]
    [InlineData(0.02)]
    [InlineData(0.5)]
    [InlineData(0.99)]
    public void Render_TruncatedJpeg_RejectsCorrupt(double keep)
    {
        byte[] jpeg = NoisyJpeg();

        RenderOutcome.Rejected rejected = _pipeline.RenderRejected(jpeg[..(int)(jpeg.Length * keep)]);

        Assert.Equal(RejectionReason.Corrupt, rejected.Reason);
        Assert.False(string.IsNullOrWhiteSpace(rejected.Detail));
    }

    [Fact]
    public void Render_JpegWithDataAfterEndOfImage_Renders()
    {
        byte[] jpeg = [.. NoisyJpeg(), .. "appended motion-photo payload"u8];

        Assert.IsType<RenderOutcome.Rendered>(_pipeline.Render(jpeg));
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.9)]
    public void Render_TruncatedPng_RejectsCorrupt(double keep)
    {
        using var image = TestImages.Quadrants(300, 200);
        byte[] png = TestImages.Encode(image, new PngEncoder());

        Assert.Equal(RejectionReason.Corrupt, _pipeline.RenderRejected(png[..(int)(png.Length * keep)]).Reason);
    }

    [Fact]
    public void Render_PngHeaderClaiming50000Squared_RejectsTooManyPixelsQuickly()
    {
        byte[] bomb = PngBytes.HeaderOnly(50_000, 50_000);
        var stopwatch = Stopwatch.StartNew();

        RenderOutcome.Rejected rejected = _pipeline.RenderRejected(bomb);

        Assert.Equal(RejectionReason.TooManyPixels, rejected.Reason);
        Assert.Contains("50000x50000", rejected.Detail, StringComparison.Ordinal);
        Assert.True(stopwatch.ElapsedMilliseconds < 1000, $"took {stopwatch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Render_PngHeaderWithZeroWidth_RejectsCorrupt()
    {
        Assert.Equal(RejectionReason.Corrupt, _pipeline.RenderRejected(PngBytes.HeaderOnly(0, 10)).Reason);
    }

    [Fact]
    public void Render_CancelledToken_Throws()
    {
        using var image = TestImages.Quadrants(64, 64);
        using var stream = new MemoryStream(TestImages.Encode(image, new JpegEncoder()));
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => _pipeline.Render(stream, cts.Token));
    }

    private static byte[] NoisyJpeg()
    {
        using var image = TestImages.Quadrants(512, 384);
        var random = new Random(7);
        for (int i = 0; i < 20_000; i++)
        {
            image[random.Next(512), random.Next(384)] = new Rgba32((byte)random.Next(256), (byte)random.Next(256), 0);
        }

        return TestImages.Encode(image, new JpegEncoder { Quality = 90 });
    }
}
