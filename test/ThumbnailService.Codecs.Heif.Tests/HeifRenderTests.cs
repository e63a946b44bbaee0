using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;
using ThumbnailService.Codecs.Heif.Tests.Support;
using ThumbnailService.TestSupport.Images;

namespace ThumbnailService.Codecs.Heif.Tests;

/// <summary>HEIC and AVIF through the whole pipeline, compared with libheif's own decoder (heif-convert).</summary>
public sealed class HeifRenderTests
{
    /// <summary>
    /// Our 512 px JPEG thumbnail vs heif-convert's full decode resized the same way (Lanczos3) by ImageSharp: the only
    /// differences are the JPEG thumbnail's own loss (quality 80) and resampling rounding; measured 35.8 dB (HEIC) and 37.1 dB (AVIF).
    /// </summary>
    private const double MinPsnr = 34;

    [RequiresTheory("heif-enc", "heif-convert")]
    [InlineData(false)]
    [InlineData(true)]
    public void Render_PhotoHeifFromHeifEnc_MatchesLibheifDecode(bool avif)
    {
        byte[] file = avif ? HeifSamples.Avif : HeifSamples.Heic;

        RenderOutcome.Rendered rendered = HeifPipelines.Create(presets: Pipelines.Medium).RenderOk(file);

        RenderedThumbnail thumbnail = Assert.Single(rendered.Thumbnails);
        Assert.Equal(("heif", 640, 480, false), (rendered.Source.Format, rendered.Source.Width, rendered.Source.Height, rendered.Source.HasAlpha));
        Assert.Equal((512, 384, "image/jpeg"), (thumbnail.Width, thumbnail.Height, thumbnail.ContentType));
        using Image<Rgb24> reference = Libheif.Decode(file).CloneAs<Rgb24>();
        using Image<Rgb24> expected = ImageCompare.Resized(reference, 512, 384);
        using Image<Rgb24> actual = Image.Load<Rgb24>(thumbnail.Bytes.Span);
        double psnr = ImageCompare.Psnr(expected, actual);
        Assert.True(psnr >= MinPsnr, $"PSNR {psnr:F1} dB < {MinPsnr} dB");
    }

    [RequiresTheory("heif-enc")]
    [InlineData(false)]
    [InlineData(true)]
    public void Render_AlphaHeif_KeepsTransparencyInPng(bool avif)
    {
        using Image<Rgba32> painted = HeifSamples.HalfTransparent();
        byte[] file = Libheif.Encode(painted, avif, quality: 90);

        RenderOutcome.Rendered rendered = HeifPipelines.Create(presets: Pipelines.Medium).RenderOk(file);

        RenderedThumbnail thumbnail = Assert.Single(rendered.Thumbnails);
        Assert.True(rendered.Source.HasAlpha);
        Assert.Equal("image/png", thumbnail.ContentType);
        using Image<Rgba32> png = Image.Load<Rgba32>(thumbnail.Bytes.Span);
        Assert.Equal((200, 120), (png.Width, png.Height));
        Assert.True(png[20, 60].A > 240 && png[20, 60].R > 200, $"left {png[20, 60]}");
        Assert.True(png[180, 60].A < 15, $"right {png[180, 60]}");
    }

    [RequiresTheory("heif-enc")]
    [InlineData(false)]
    [InlineData(true)]
    public void Render_AlphaHeifAsJpeg_FlattensOntoBackground(bool avif)
    {
        using Image<Rgba32> painted = HeifSamples.HalfTransparent();
        byte[] file = Libheif.Encode(painted, avif, quality: 90);

        RenderOutcome.Rendered rendered = HeifPipelines.Create(format: OutputFormatPolicy.Jpeg, presets: Pipelines.Medium).RenderOk(file);

        RenderedThumbnail thumbnail = Assert.Single(rendered.Thumbnails);
        Assert.True(rendered.Source.HasAlpha);
        Assert.Equal("image/jpeg", thumbnail.ContentType);
        using Image<Rgba32> jpeg = Image.Load<Rgba32>(thumbnail.Bytes.Span);
        Assert.Equal((200, 120), (jpeg.Width, jpeg.Height));
        ColourAssert.Near(new Rgba32(255, 0, 0), jpeg[20, 60]);
        ColourAssert.Near(new Rgba32(255, 255, 255), jpeg[180, 60]); // THUMBNAIL_BACKGROUND's default, as for a PNG source
    }

    [RequiresTheory("heif-enc")]
    [InlineData(1)]
    [InlineData(3)]
    public void Render_RotatedHeic_IsUprightWithSwappedDimensions(int quarterTurns)
    {
        // Stored 200x320 with quadrants arranged so that turning it by irot gives the upright 320x200 quadrant image.
        using Image<Rgba32> stored = HeifSamples.Quadrants();
        stored.Mutate(c => c.Rotate(quarterTurns == 1 ? RotateMode.Rotate90 : RotateMode.Rotate270));
        byte[] file = HeifBoxes.WithRotation(Libheif.Encode(stored, avif: false, quality: 90), quarterTurns);

        RenderOutcome.Rendered rendered = HeifPipelines.Create(presets: Pipelines.Large).RenderOk(file);

        Assert.Equal((320, 200), (rendered.Source.Width, rendered.Source.Height));
        using Image<Rgba32> thumbnail = Image.Load<Rgba32>(Assert.Single(rendered.Thumbnails).Bytes.Span);
        Assert.Equal((320, 200), (thumbnail.Width, thumbnail.Height));
        ColourAssert.Quadrants(thumbnail);
    }
}
