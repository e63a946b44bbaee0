using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.Codecs.Jpeg;
using ThumbnailService.TestSupport.Images;
using Xunit.Abstractions;

namespace ThumbnailService.Codecs.Tests.Jpeg;

/// <summary>
/// The reduced-scale decoder against ImageSharp's full decode of the same ImageSharp-encoded file.
/// Thresholds: at scale 1 the two decodes must agree to >= 38 dB PSNR (both are float IDCTs, only rounding and
/// colour conversion differ). At 1/2, 1/4, 1/8 the DCT-domain result, then a Lanczos3 resize to half its size (the
/// pipeline's worst case: it never shrinks past the preset), must match the full decode resized the same way to >= 30 dB
/// Scaled results under 8 px (17x9 at 1/8 is 3x2) are checked for size only: there every pixel is an edge
/// pixel whose partial block counts as a whole one (as in libjpeg), so the edge handling, not the decoding, decides PSNR.
/// Measured: 62 dB to identical at 1/1; 40-48 dB at 1/2, 36-44 dB at 1/4, 32-38 dB at 1/8 on 333x251 (4:2:0 lowest).
/// </summary>
public sealed class JpegScaledDecoderTests(ITestOutputHelper output)
{
    public static TheoryData<JpegColorType, int, int, int> Encodings()
    {
        var data = new TheoryData<JpegColorType, int, int, int>();
        foreach (JpegColorType colour in new[] { JpegColorType.YCbCrRatio444, JpegColorType.YCbCrRatio420, JpegColorType.Luminance })
        {
            foreach ((int w, int h) in new[] { (1, 1), (17, 9), (333, 251), (64, 48) })
            {
                foreach (int quality in new[] { 10, 75, 100 })
                {
                    data.Add(colour, w, h, quality);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Decode_FullScale_MatchesImageSharpWithinPsnr(JpegColorType colour, int width, int height, int quality)
    {
        byte[] jpeg = Encode(width, height, colour, quality);
        using Image<Rgb24> reference = Image.Load<Rgb24>(jpeg);

        using Image<Rgb24> fast = JpegScaledDecoder.Decode(jpeg, 1, Configuration.Default, long.MaxValue, CancellationToken.None);

        double psnr = ImageCompare.Psnr(reference, fast);
        output.WriteLine($"{colour} {width}x{height} q{quality} 1/1: {psnr:F1} dB");
        Assert.True(psnr >= 38, $"PSNR {psnr:F1} dB < 38 dB");
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Decode_ReducedScaleThenResize_MatchesFullDecodeThenResize(JpegColorType colour, int width, int height, int quality)
    {
        byte[] jpeg = Encode(width, height, colour, quality);
        using Image<Rgb24> full = Image.Load<Rgb24>(jpeg);
        foreach (int d in new[] { 2, 4, 8 })
        {
            using Image<Rgb24> fast = JpegScaledDecoder.Decode(jpeg, d, Configuration.Default, long.MaxValue, CancellationToken.None);
            Assert.Equal((Ceil(width, d), Ceil(height, d)), (fast.Width, fast.Height));
            if (fast.Width < 8 || fast.Height < 8)
            {
                continue;
            }

            int tw = Ceil(fast.Width, 2), th = Ceil(fast.Height, 2);

            using Image<Rgb24> expected = ImageCompare.Resized(full, tw, th);
            using Image<Rgb24> actual = ImageCompare.Resized(fast, tw, th);

            double psnr = ImageCompare.Psnr(expected, actual);
            output.WriteLine($"{colour} {width}x{height} q{quality} 1/{d}: {psnr:F1} dB");
            Assert.True(psnr >= 30, $"1/{d}: PSNR {psnr:F1} dB < 30 dB");
        }
    }

    internal static byte[] Encode(int width, int height, JpegColorType colour, int quality)
    {
        using Image<Rgb24> image = PhotoLike.Create(width, height);
        return TestImages.Encode(image, new JpegEncoder { Quality = quality, ColorType = colour });
    }

    private static int Ceil(int length, int d) => (length + d - 1) / d;
}
