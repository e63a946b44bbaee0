using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Bmp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Presets;
using ThumbnailService.TestSupport.Images;

namespace ThumbnailService.Core.Tests.Imaging;

public sealed class ImagePipelineSourceTests
{
    private static readonly Preset Box = new("box", 160, 160, FitMode.Inside);

    public static TheoryData<string> Formats => ["jpeg", "png", "png16", "gif", "webp", "bmp", "cmyk-jpeg"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Render_EachAcceptedFormat_RendersUprightColours(string kind)
    {
        using Image<Rgba32> source = TestImages.Quadrants(320, 240);
        byte[] bytes = TestImages.Encode(source, EncoderFor(kind));

        RenderOutcome.Rendered rendered = Pipelines.Create(Box).RenderOk(bytes);

        Assert.Equal((320, 240), (rendered.Source.Width, rendered.Source.Height));
        Assert.Equal("image/jpeg", rendered.Thumbnails[0].ContentType);
        using Image<Rgba32> decoded = TestImages.Decode(rendered.Thumbnails[0].Bytes);
        Assert.Equal((160, 120), (decoded.Width, decoded.Height));
        if (kind != "cmyk-jpeg")
        {
            ColourAssert.Quadrants(decoded); // ImageSharp 2.1 does not colour-manage CMYK: only the size is checked
        }
    }

    [Fact]
    public void Render_GrayscaleJpeg_RendersGrey()
    {
        using Image<Rgba32> source = TestImages.Filled(200, 200, new Rgba32(128, 128, 128));
        byte[] jpeg = TestImages.Encode(source, new JpegEncoder { ColorType = JpegColorType.Luminance });

        RenderOutcome.Rendered rendered = Pipelines.Create(Box).RenderOk(jpeg);

        using Image<Rgba32> decoded = TestImages.Decode(rendered.Thumbnails[0].Bytes);
        ColourAssert.Near(new Rgba32(128, 128, 128), decoded[80, 80], tolerance: 8);
    }

    [Fact]
    public void Render_AnimatedGif_UsesFirstFrame()
    {
        using Image<Rgba32> animation = TestImages.Filled(100, 100, TestImages.Red);
        using Image<Rgba32> second = TestImages.Filled(100, 100, TestImages.Blue);
        animation.Frames.AddFrame(second.Frames.RootFrame);
        byte[] gif = TestImages.Encode(animation, new GifEncoder());
        Assert.Equal(2, Image.Load<Rgba32>(gif).Frames.Count); // the fixture really is animated

        RenderOutcome.Rendered rendered = Pipelines.Create(Box).RenderOk(gif);

        using Image<Rgba32> decoded = TestImages.Decode(rendered.Thumbnails[0].Bytes);
        Assert.Equal(1, decoded.Frames.Count);
        ColourAssert.Near(TestImages.Red, decoded[50, 50]);
        Assert.Equal(2, rendered.Source.FrameCount); // counted from the bytes, not decoded
        Assert.Equal("#ff0000", ThumbnailService.Core.Imaging.Placeholders.ColourSummary.Hex(rendered.Placeholder!.DominantRgb)); // the first frame's colour
    }

    private static IImageEncoder EncoderFor(string kind) => kind switch
    {
        "png" => new PngEncoder(),
        "png16" => new PngEncoder { ColorType = PngColorType.Rgb, BitDepth = PngBitDepth.Bit16 },
        "gif" => new GifEncoder(),
        "webp" => new WebpEncoder { FileFormat = WebpFileFormatType.Lossy, Quality = 95 },
        "bmp" => new BmpEncoder { BitsPerPixel = BmpBitsPerPixel.Pixel24 },
        "cmyk-jpeg" => new JpegEncoder { ColorType = JpegColorType.Cmyk, Quality = 95 },
        _ => new JpegEncoder { Quality = 95 },
    };
}
