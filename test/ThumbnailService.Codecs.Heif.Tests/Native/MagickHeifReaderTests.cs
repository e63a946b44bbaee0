using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.Codecs.Heif.Boxes;
using ThumbnailService.Codecs.Heif.Native;
using ThumbnailService.Codecs.Heif.Tests.Support;
using ThumbnailService.TestSupport.Images;

namespace ThumbnailService.Codecs.Heif.Tests.Native;

public sealed class MagickHeifReaderTests
{
    /// <summary>libheif decodes both (ImageMagick's bundled 1.23, Debian's 1.15): only YCbCr->RGB rounding differs (measured 63.4 dB).</summary>
    private const double MinPsnr = 55;


    [RequiresTheory("heif-enc", "heif-convert")]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_HeifEncFile_MatchesHeifConvertPixels(bool avif)
    {
        byte[] file = avif ? HeifSamples.Avif : HeifSamples.Heic;

        using Image decoded = MagickHeifReader.Read(HeifPipelines.Context, file, avif ? HeifCompression.Av1 : HeifCompression.Hevc, CancellationToken.None);

        Assert.IsType<Image<Rgb24>>(decoded);
        using Image<Rgb24> actual = decoded.CloneAs<Rgb24>();
        using Image<Rgb24> expected = Libheif.Decode(file).CloneAs<Rgb24>();
        double psnr = ImageCompare.Psnr(expected, actual);
        Assert.True(psnr >= MinPsnr, $"PSNR {psnr:F1} dB < {MinPsnr} dB");
    }

    [RequiresFact("heif-enc")]
    public void Read_AlphaHeic_ReturnsRgba32()
    {
        using Image<Rgba32> painted = HeifSamples.HalfTransparent();

        using Image decoded = MagickHeifReader.Read(HeifPipelines.Context, Libheif.Encode(painted, avif: false, quality: 90), HeifCompression.Hevc, CancellationToken.None);

        Image<Rgba32> rgba = Assert.IsType<Image<Rgba32>>(decoded);
        Assert.True(rgba[180, 60].A < 15);
    }
}
