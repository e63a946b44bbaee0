using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Presets;
using ThumbnailService.TestSupport.Images;

namespace ThumbnailService.Core.Tests.Imaging;

public sealed class ImagePipelineOrientationTests
{
    public static TheoryData<int> Orientations => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(Orientations))]
    public void Render_ExifOrientedJpeg_ComesOutUpright(int orientation)
    {
        using Image<Rgba32> source = TestImages.Oriented(800, 400, orientation);
        byte[] jpeg = TestImages.Encode(source, new JpegEncoder { Quality = 95 });
        ImagePipeline pipeline = Pipelines.Create(new Preset("inside", 200, 200, FitMode.Inside), new Preset("cover", 100, 100, FitMode.Cover));

        RenderOutcome.Rendered rendered = pipeline.RenderOk(jpeg);

        Assert.Equal((800, 400), (rendered.Source.Width, rendered.Source.Height));
        Assert.Equal((200, 100), (rendered.Thumbnails[0].Width, rendered.Thumbnails[0].Height));
        Assert.Equal((100, 100), (rendered.Thumbnails[1].Width, rendered.Thumbnails[1].Height));
        using Image<Rgba32> inside = TestImages.Decode(rendered.Thumbnails[0].Bytes);
        Assert.Equal((200, 100), (inside.Width, inside.Height));
        ColourAssert.Quadrants(inside);
        using Image<Rgba32> cover = TestImages.Decode(rendered.Thumbnails[1].Bytes);
        ColourAssert.Quadrants(cover);
    }

    [Theory]
    [InlineData(6)]
    [InlineData(7)]
    public void Render_ExifOrientedPng_ComesOutUpright(int orientation)
    {
        using Image<Rgba32> source = TestImages.Oriented(300, 150, orientation);
        byte[] png = TestImages.Encode(source, new PngEncoder());

        RenderOutcome.Rendered rendered = Pipelines.Create(Pipelines.Large).RenderOk(png);

        using Image<Rgba32> output = TestImages.Decode(rendered.Thumbnails[0].Bytes);
        Assert.Equal((300, 150), (output.Width, output.Height));
        ColourAssert.Quadrants(output);
    }

    [Fact]
    public void Render_ExifOrientedJpeg_OutputHasNoOrientationTag()
    {
        using Image<Rgba32> source = TestImages.Oriented(400, 200, 6);
        byte[] jpeg = TestImages.Encode(source, new JpegEncoder());

        RenderOutcome.Rendered rendered = Pipelines.Create(Pipelines.Square).RenderOk(jpeg);

        using Image<Rgba32> output = TestImages.Decode(rendered.Thumbnails[0].Bytes);
        Assert.Null(output.Metadata.ExifProfile);
    }
}
