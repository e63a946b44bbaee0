using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.Codecs.Heif.Tests.Support;
using ThumbnailService.TestSupport.Images;

namespace ThumbnailService.Codecs.Heif.Tests;

/// <summary>
/// Image sequences give their first frame: avifenc's animated AVIF (brands avis and msf1, a moov track of a red then a
/// blue frame, and the first frame as the primary item). libheif refuses an msf1 file without a moov track ("No 'moov'
/// box"), so a HEIC sequence cannot be faked by re-branding a still; Debian has no encoder that writes one.
/// </summary>
public sealed class HeifSequenceTests
{
    [RequiresFact("avifenc")]
    public void Render_AnimatedAvif_ThumbnailOfFirstFrame()
    {
        using Image<Rgba32> first = TestImages.Filled(96, 64, TestImages.Red);
        using Image<Rgba32> second = TestImages.Filled(96, 64, TestImages.Blue);
        byte[] file = Avifenc.Sequence(first, second);
        Assert.Equal("avis"u8.ToArray(), file[8..12]);
        Assert.Contains("msf1", System.Text.Encoding.ASCII.GetString(file, 16, 28), StringComparison.Ordinal);
        Assert.NotNull(HeifParts.Child(file, 0, file.Length, "moov"));

        RenderOutcome.Rendered rendered = HeifPipelines.Create(presets: Pipelines.Large).RenderOk(file);

        using Image<Rgba32> thumbnail = TestImages.Decode(Assert.Single(rendered.Thumbnails).Bytes);
        Assert.Equal((96, 64), (thumbnail.Width, thumbnail.Height));
        ColourAssert.Near(TestImages.Red, thumbnail[48, 32]);
    }
}
