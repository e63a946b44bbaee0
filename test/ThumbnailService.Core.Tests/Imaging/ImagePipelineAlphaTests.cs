using ThumbnailService.Codecs;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Presets;
using ThumbnailService.TestSupport.Images;

namespace ThumbnailService.Core.Tests.Imaging;

public sealed class ImagePipelineAlphaTests
{
    private static readonly Preset Box = new("box", 100, 100, FitMode.Inside);

    public static TheoryData<string> AlphaPngKinds => ["rgba", "palette", "grayscale-alpha", "rgba16"];

    [Theory]
    [MemberData(nameof(AlphaPngKinds))]
    public void Render_PngWithTransparencyAndAutoPolicy_KeepsTransparentPixelsInPng(string kind)
    {
        byte[] png = TestImages.Encode(HalfTransparent(), PngEncoderFor(kind));

        RenderOutcome.Rendered rendered = Pipelines.Create(Box).RenderOk(png);

        Assert.True(rendered.Source.HasAlpha);
        RenderedThumbnail thumbnail = rendered.Thumbnails[0];
        Assert.Equal("image/png", thumbnail.ContentType);
        using Image<Rgba32> decoded = TestImages.Decode(thumbnail.Bytes);
        Assert.Equal(0, decoded[10, 25].A);
        Assert.Equal(255, decoded[90, 25].A);
    }

    [Fact]
    public void Render_PngWithTransparencyAndJpegPolicy_FlattensOntoBackground()
    {
        byte[] png = TestImages.Encode(HalfTransparent(), new PngEncoder());
        var pipeline = StandardCodecs.Pipeline(new ImagePipelineOptions { Presets = [Box], Format = OutputFormatPolicy.Jpeg, BackgroundRgb = 0x00FF00 });

        RenderOutcome.Rendered rendered = pipeline.RenderOk(png);

        Assert.Equal("image/jpeg", rendered.Thumbnails[0].ContentType);
        using Image<Rgba32> decoded = TestImages.Decode(rendered.Thumbnails[0].Bytes);
        ColourAssert.Near(TestImages.Green, decoded[10, 25]);
        ColourAssert.Near(TestImages.Red, decoded[90, 25]);
    }

    [Fact]
    public void Render_WebpWithTransparencyAndAutoPolicy_OutputsWebpWithAlpha()
    {
        byte[] webp = TestImages.Encode(HalfTransparent(), new WebpEncoder { FileFormat = WebpFileFormatType.Lossless });

        RenderOutcome.Rendered rendered = Pipelines.Create(Box).RenderOk(webp);

        Assert.Equal("image/webp", rendered.Thumbnails[0].ContentType);
        using Image<Rgba32> decoded = TestImages.Decode(rendered.Thumbnails[0].Bytes);
        Assert.True(decoded[10, 25].A < 20, $"alpha {decoded[10, 25].A}");
        ColourAssert.Near(TestImages.Red, decoded[90, 25]);
    }

    [Theory]
    [InlineData(OutputFormatPolicy.Png, "image/png")]
    [InlineData(OutputFormatPolicy.WebP, "image/webp")]
    public void Render_AlphaCapablePolicy_KeepsTransparency(OutputFormatPolicy policy, string contentType)
    {
        byte[] png = TestImages.Encode(HalfTransparent(), new PngEncoder());

        RenderOutcome.Rendered rendered = Pipelines.Create(policy, Box).RenderOk(png);

        Assert.Equal(contentType, rendered.Thumbnails[0].ContentType);
        using Image<Rgba32> decoded = TestImages.Decode(rendered.Thumbnails[0].Bytes);
        Assert.True(decoded[10, 25].A < 20, $"alpha {decoded[10, 25].A}");
    }

    [Fact]
    public void Render_RgbaPngThatIsFullyOpaque_OutputsJpeg()
    {
        using Image<Rgba32> opaque = TestImages.Quadrants(200, 100);
        byte[] png = TestImages.Encode(opaque, new PngEncoder { ColorType = PngColorType.RgbWithAlpha });

        RenderOutcome.Rendered rendered = Pipelines.Create(Box).RenderOk(png);

        Assert.False(rendered.Source.HasAlpha);
        Assert.Equal("image/jpeg", rendered.Thumbnails[0].ContentType);
    }

    /// <summary>200x100: left half fully transparent, right half opaque red.</summary>
    private static Image<Rgba32> HalfTransparent()
    {
        Image<Rgba32> image = TestImages.Filled(200, 100, TestImages.Red);
        for (int y = 0; y < 100; y++)
        {
            for (int x = 0; x < 100; x++)
            {
                image[x, y] = new Rgba32(0, 0, 0, 0);
            }
        }

        return image;
    }

    private static PngEncoder PngEncoderFor(string kind) => kind switch
    {
        "palette" => new PngEncoder { ColorType = PngColorType.Palette },
        "grayscale-alpha" => new PngEncoder { ColorType = PngColorType.GrayscaleWithAlpha },
        "rgba16" => new PngEncoder { ColorType = PngColorType.RgbWithAlpha, BitDepth = PngBitDepth.Bit16 },
        _ => new PngEncoder { ColorType = PngColorType.RgbWithAlpha },
    };
}
