using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.Codecs.Heif.Tests.Support;
using ThumbnailService.TestSupport.Images;

namespace ThumbnailService.Codecs.Heif.Tests;

/// <summary>
/// Colour information of HEIF sources: an ICC profile (colr prof) travels to every thumbnail byte for byte, as a JPEG
/// source's does; a file with only nclx (coded colour parameters, no profile) is treated as sRGB: no profile attached,
/// colours as painted.
/// </summary>
public sealed class HeifColourTests
{
    [RequiresTheory("heif-enc")]
    [InlineData(false)]
    [InlineData(true)]
    public void Render_HeifWithIccProfile_KeepsTheProfileInEveryThumbnail(bool avif)
    {
        using Image<Rgba32> painted = HeifSamples.Quadrants();
        byte[] icc = IccBytes.Minimal();
        CodedImage image = HeifParts.Primary(Libheif.Encode(painted, avif, quality: 90));
        byte[] file = new HeifFileBuilder(avif ? "avif" : "heic", "mif1", avif ? "avif" : "heic")
            .Add(HeifItem.Coded(1, image, more: HeifProperties.IccColour(icc)))
            .Build();

        RenderOutcome.Rendered rendered = HeifPipelines.Create(presets: [Pipelines.Medium, Pipelines.Square]).RenderOk(file);

        Assert.Equal(2, rendered.Thumbnails.Count);
        foreach (RenderedThumbnail thumbnail in rendered.Thumbnails)
        {
            Assert.Equal("image/jpeg", thumbnail.ContentType);
            using Image<Rgba32> decoded = TestImages.Decode(thumbnail.Bytes);
            Assert.NotNull(decoded.Metadata.IccProfile);
            Assert.Equal(icc, decoded.Metadata.IccProfile.ToByteArray());
        }
    }

    /// <summary>heif-enc's AVIF carries nclx itself; its HEIC gets nclx BT.709 / sRGB transfer / BT.601 matrix, full range, added here.</summary>
    [RequiresTheory("heif-enc")]
    [InlineData(false)]
    [InlineData(true)]
    public void Render_HeifWithNclxOnly_ThumbnailWithoutProfileInPaintedColours(bool avif)
    {
        using Image<Rgba32> painted = HeifSamples.Quadrants();
        byte[] encoded = Libheif.Encode(painted, avif, quality: 90);
        byte[] file = avif ? encoded : new HeifFileBuilder("heic", "mif1", "heic").Add(HeifItem.Coded(1, HeifParts.Primary(encoded), more: Nclx)).Build();
        Assert.Contains("nclx"u8.ToArray(), Windows(file));

        RenderOutcome.Rendered rendered = HeifPipelines.Create(presets: Pipelines.Large).RenderOk(file);

        using Image<Rgba32> thumbnail = TestImages.Decode(Assert.Single(rendered.Thumbnails).Bytes);
        Assert.Null(thumbnail.Metadata.IccProfile);
        ColourAssert.Quadrants(thumbnail);
    }

    private static byte[] Nclx => HeifBoxes.Box("colr", [.. "nclx"u8, 0, 1, 0, 13, 0, 6, 0x80]);

    private static IEnumerable<byte[]> Windows(byte[] file) => Enumerable.Range(0, file.Length - 3).Select(i => file[i..(i + 4)]);
}
