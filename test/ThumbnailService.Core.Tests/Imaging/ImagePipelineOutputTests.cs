using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.Metadata.Profiles.Icc;
using SixLabors.ImageSharp.Metadata.Profiles.Iptc;
using SixLabors.ImageSharp.Metadata.Profiles.Xmp;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Presets;
using ThumbnailService.TestSupport.Images;

namespace ThumbnailService.Core.Tests.Imaging;

public sealed class ImagePipelineOutputTests
{
    [Fact]
    public void Render_ThreePresets_ReturnsEachInRequestedOrderWithItsSize()
    {
        using Image<Rgba32> source = TestImages.Quadrants(2000, 1500);
        byte[] jpeg = TestImages.Encode(source, new JpegEncoder());
        ImagePipeline pipeline = Pipelines.Create(Pipelines.Square, Pipelines.Large, Pipelines.Medium);

        RenderOutcome.Rendered rendered = pipeline.RenderOk(jpeg);

        Assert.Equal(new SourceImageInfo("jpeg", 2000, 1500, false), rendered.Source);
        Assert.Equal(["square", "large", "medium"], rendered.Thumbnails.Select(t => t.Preset.Name));
        Assert.Equal([(128, 128), (1024, 768), (512, 384)], rendered.Thumbnails.Select(t => (t.Width, t.Height)));
        foreach (RenderedThumbnail thumbnail in rendered.Thumbnails)
        {
            Assert.Equal("image/jpeg", thumbnail.ContentType);
            using Image<Rgba32> decoded = TestImages.Decode(thumbnail.Bytes);
            Assert.Equal((thumbnail.Width, thumbnail.Height), (decoded.Width, decoded.Height));
            ColourAssert.Quadrants(decoded);
        }
    }

    [Theory]
    [InlineData(FitMode.Inside, 300, 200)]
    [InlineData(FitMode.Cover, 300, 200)]
    public void Render_SourceSmallerThanBox_DoesNotUpscale(FitMode fit, int width, int height)
    {
        using Image<Rgba32> source = TestImages.Quadrants(width, height);
        byte[] png = TestImages.Encode(source, new PngEncoder());

        RenderOutcome.Rendered rendered = Pipelines.Create(new Preset("big", 1000, 1000, fit)).RenderOk(png);

        Assert.Equal((width, height), (rendered.Thumbnails[0].Width, rendered.Thumbnails[0].Height));
    }

    [Theory]
    [InlineData(1, 1, FitMode.Inside, 1, 1)]
    [InlineData(1, 1, FitMode.Cover, 1, 1)]
    [InlineData(1, 60000, FitMode.Inside, 1, 256)]
    [InlineData(1, 60000, FitMode.Cover, 1, 256)]
    [InlineData(60000, 1, FitMode.Inside, 256, 1)]
    public void Render_ExtremeSizes_GiveAtLeastOnePixel(int width, int height, FitMode fit, int ew, int eh)
    {
        using Image<Rgba32> source = TestImages.Filled(width, height, TestImages.Blue);
        byte[] png = TestImages.Encode(source, new PngEncoder());

        RenderOutcome.Rendered rendered = Pipelines.Create(new Preset("p", 256, 256, fit)).RenderOk(png);

        RenderedThumbnail thumbnail = rendered.Thumbnails[0];
        Assert.Equal((ew, eh), (thumbnail.Width, thumbnail.Height));
        using Image<Rgba32> decoded = TestImages.Decode(thumbnail.Bytes);
        ColourAssert.Near(TestImages.Blue, decoded[0, 0]);
    }

    [Fact]
    public void Render_SourceWithExifGpsXmpIptc_OutputsCarryNoneOfThem()
    {
        using Image<Rgba32> source = TestImages.Quadrants(600, 400);
        source.Metadata.ExifProfile = new ExifProfile();
        source.Metadata.ExifProfile.SetValue(ExifTag.Make, "SecretCam");
        source.Metadata.ExifProfile.SetValue(ExifTag.GPSLatitudeRef, "N");
        source.Metadata.ExifProfile.SetValue(ExifTag.GPSLatitude, [new Rational(51, 1), new Rational(30, 1), new Rational(0, 1)]);
        source.Metadata.XmpProfile = new XmpProfile(Encoding.UTF8.GetBytes("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">SecretXmp</x:xmpmeta>"));
        source.Metadata.IptcProfile = new IptcProfile();
        source.Metadata.IptcProfile.SetValue(IptcTag.Byline, "SecretAuthor");
        byte[] jpeg = TestImages.Encode(source, new JpegEncoder());
        Assert.Contains("SecretCam", Encoding.Latin1.GetString(jpeg), StringComparison.Ordinal); // the fixture really has it

        RenderOutcome.Rendered rendered = Pipelines.Create().RenderOk(jpeg);

        foreach (RenderedThumbnail thumbnail in rendered.Thumbnails)
        {
            string raw = Encoding.Latin1.GetString(thumbnail.Bytes.Span);
            Assert.DoesNotContain("SecretCam", raw, StringComparison.Ordinal);
            Assert.DoesNotContain("SecretXmp", raw, StringComparison.Ordinal);
            Assert.DoesNotContain("SecretAuthor", raw, StringComparison.Ordinal);
            using Image<Rgba32> decoded = TestImages.Decode(thumbnail.Bytes);
            Assert.Null(decoded.Metadata.ExifProfile);
            Assert.Null(decoded.Metadata.XmpProfile);
            Assert.Null(decoded.Metadata.IptcProfile);
        }
    }

    [Fact]
    public void Render_JpegWithIccProfile_KeepsTheProfile()
    {
        using Image<Rgba32> source = TestImages.Quadrants(600, 400);
        byte[] icc = IccBytes.Minimal();
        source.Metadata.IccProfile = new IccProfile(icc);
        byte[] jpeg = TestImages.Encode(source, new JpegEncoder());

        RenderOutcome.Rendered rendered = Pipelines.Create(Pipelines.Medium, Pipelines.Square).RenderOk(jpeg);

        foreach (RenderedThumbnail thumbnail in rendered.Thumbnails)
        {
            using Image<Rgba32> decoded = TestImages.Decode(thumbnail.Bytes);
            Assert.NotNull(decoded.Metadata.IccProfile);
            Assert.Equal(icc, decoded.Metadata.IccProfile.ToByteArray());
        }
    }

    [Fact]
    public void Render_ConcurrentCallsOnOneInstance_AllSucceedIdentically()
    {
        using Image<Rgba32> source = TestImages.Quadrants(1200, 900);
        byte[] jpeg = TestImages.Encode(source, new JpegEncoder());
        ImagePipeline pipeline = Pipelines.Create();
        var results = new RenderOutcome.Rendered[8];

        Parallel.For(0, results.Length, i => results[i] = pipeline.RenderOk(jpeg));

        byte[] first = results[0].Thumbnails[0].Bytes.ToArray();
        Assert.All(results, r => Assert.Equal(first, r.Thumbnails[0].Bytes.ToArray()));
    }
}
