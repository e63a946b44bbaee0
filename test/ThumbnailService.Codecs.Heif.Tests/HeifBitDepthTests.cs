using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.Codecs.Heif.Tests.Support;
using ThumbnailService.TestSupport.Images;

namespace ThumbnailService.Codecs.Heif.Tests;

/// <summary>
/// 10- and 12-bit HEIC and AVIF (heif-enc from a 16-bit PNG) come out as 8-bit thumbnails of the painted colours. Debian's
/// aom aborts on 10-bit 4:2:0 AVIF, so that one is 4:2:2; the file's pixi is checked, so the test cannot pass on 8 bits.
/// </summary>
public sealed class HeifBitDepthTests
{
    [RequiresTheory("heif-enc")]
    [InlineData(false, 10, null)]
    [InlineData(false, 12, null)]
    [InlineData(true, 10, "422")]
    [InlineData(true, 12, null)]
    public void Render_DeepHeif_RendersEightBitThumbnailOfSameColours(bool avif, int bitDepth, string? chroma)
    {
        using Image<Rgb48> deep = HeifSamples.Quadrants().CloneAs<Rgb48>(); // RGB only: with an alpha channel aom failed on the 10-bit AVIF here
        byte[] file = Libheif.Encode(deep, avif, quality: 90, bitDepth: bitDepth, chroma: chroma);
        Assert.Equal(bitDepth, HeifParts.BitsPerChannel(file));

        RenderOutcome.Rendered rendered = HeifPipelines.Create(presets: Pipelines.Large).RenderOk(file);

        RenderedThumbnail thumbnail = Assert.Single(rendered.Thumbnails);
        Assert.Equal("image/jpeg", thumbnail.ContentType);
        using Image<Rgba32> decoded = TestImages.Decode(thumbnail.Bytes);
        Assert.Equal((320, 200), (decoded.Width, decoded.Height));
        ColourAssert.Quadrants(decoded);
    }
}
