using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.Metadata.Profiles.Icc;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Presets;
using ThumbnailService.TestSupport.Images;
using Xunit.Abstractions;

namespace ThumbnailService.Codecs.Tests.Jpeg;

/// <summary>
/// End to end through <see cref="ImagePipeline.Render"/>: a JPEG source (reduced-scale fast path) against the previous
/// path, reproduced by giving the pipeline ImageSharp's full decode of the same JPEG as a lossless PNG with the same
/// EXIF orientation. Every thumbnail (JPEG, quality 80 on both sides) must match to >= 32 dB PSNR and in size.
/// </summary>
public sealed class ImagePipelineJpegFastPathTests(ITestOutputHelper output)
{
    private static readonly Preset[] Presets = [new("large", 800, 800, FitMode.Inside), new("medium", 300, 300, FitMode.Inside), new("square", 128, 128, FitMode.Cover)];

    public static TheoryData<JpegColorType, int, int, int> Cases() => new()
    {
        { JpegColorType.YCbCrRatio420, 1, 1, 2 },      // 1/2 for the 800 px preset
        { JpegColorType.YCbCrRatio420, 6, 1, 2 },
        { JpegColorType.YCbCrRatio444, 8, 1, 2 },
        { JpegColorType.Luminance, 3, 1, 2 },
        { JpegColorType.YCbCrRatio420, 1, 2, 8 },      // 1/8 when only the 128 px square is wanted
        { JpegColorType.YCbCrRatio420, 5, 2, 8 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_FastPathJpeg_MatchesFullDecodePathWithinPsnr(JpegColorType colour, int orientation, int presetSet, int expectedDenominator)
    {
        Preset[] presets = presetSet == 1 ? Presets : [Presets[2]];
        using Image<Rgb24> photo = PhotoLike.Create(1999, 1333, seed: orientation);
        if (orientation != 1)
        {
            photo.Metadata.ExifProfile = new ExifProfile();
            photo.Metadata.ExifProfile.SetValue(ExifTag.Orientation, (ushort)orientation);
        }

        byte[] jpeg = TestImages.Encode(photo, new JpegEncoder { Quality = 90, ColorType = colour });
        using Image<Rgb24> full = Image.Load<Rgb24>(jpeg);
        byte[] png = TestImages.Encode(full, new PngEncoder());
        Assert.Equal(expectedDenominator, JpegScaleChooser.Denominator(1999, 1333, orientation, presets));

        RenderOutcome.Rendered fast = Pipelines.Create(OutputFormatPolicy.Jpeg, presets).RenderOk(jpeg);
        RenderOutcome.Rendered previous = Pipelines.Create(OutputFormatPolicy.Jpeg, presets).RenderOk(png);

        Assert.Equal(previous.Source with { Format = "jpeg" }, fast.Source);
        for (int i = 0; i < presets.Length; i++)
        {
            using Image<Rgb24> expected = Image.Load<Rgb24>(previous.Thumbnails[i].Bytes.ToArray());
            using Image<Rgb24> actual = Image.Load<Rgb24>(fast.Thumbnails[i].Bytes.ToArray());
            double psnr = ImageCompare.Psnr(expected, actual);
            output.WriteLine($"{colour} o{orientation} {presets[i]}: {psnr:F1} dB");
            Assert.True(psnr >= 32, $"{presets[i]}: PSNR {psnr:F1} dB < 32 dB");
        }
    }

    [Fact]
    public void Render_FastPathJpegWithIccProfile_KeepsTheProfile()
    {
        using Image<Rgba32> source = TestImages.Quadrants(2000, 1500);
        byte[] icc = IccBytes.Minimal();
        source.Metadata.IccProfile = new IccProfile(icc);
        byte[] jpeg = TestImages.Encode(source, new JpegEncoder());

        RenderOutcome.Rendered rendered = Pipelines.Create(Pipelines.Square).RenderOk(jpeg);

        using Image<Rgba32> decoded = TestImages.Decode(rendered.Thumbnails[0].Bytes);
        Assert.Equal(icc, decoded.Metadata.IccProfile?.ToByteArray());
        ColourAssert.Quadrants(decoded);
    }
}
