using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.Codecs.Jpeg;
using ThumbnailService.TestSupport.Images;
using Xunit.Abstractions;

namespace ThumbnailService.Codecs.Tests.Jpeg;

/// <summary>
/// Samplings and restart intervals ImageSharp cannot encode, written by <see cref="BaselineJpegWriter"/>, against
/// ImageSharp's full decode of the same bytes. Thresholds as in <see cref="JpegScaledDecoderTests"/>: >= 38 dB at
/// scale 1; >= 30 dB at 1/2, 1/4, 1/8 after a Lanczos3 resize of both to half the scaled size (scaled results under 8 px: size only).
/// Exception: 4:1:1 at 1/8 >= 25 dB (measured 26.0): each chroma DC then spans 4 output pixels, replicated, where
/// libjpeg would run a wider chroma IDCT. Measured otherwise: 57-84 dB at 1/1, 36-48 at 1/2, 31-45 at 1/4, 33-39 at 1/8.
/// </summary>
public sealed class JpegScaledDecoderSamplingTests(ITestOutputHelper output)
{
    public static TheoryData<int, int, bool, int, int, int, int> Cases()
    {
        var data = new TheoryData<int, int, bool, int, int, int, int>();
        (int H, int V, bool Grey)[] samplings = [(1, 1, false), (2, 1, false), (1, 2, false), (2, 2, false), (4, 1, false), (1, 1, true)];
        foreach ((int h, int v, bool grey) in samplings)
        {
            foreach ((int w, int ht) in new[] { (1, 1), (17, 9), (333, 251) })
            {
                data.Add(h, v, grey, w, ht, 90, 0);
                data.Add(h, v, grey, w, ht, 20, 3);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decode_CraftedSamplingAndRestarts_MatchesImageSharp(int lumaH, int lumaV, bool grey, int width, int height, int quality, int restartInterval)
    {
        using Image<Rgb24> photo = PhotoLike.Create(width, height, seed: 7);
        byte[] jpeg = BaselineJpegWriter.Encode(photo, quality, lumaH, lumaV, restartInterval, grey);
        Assert.True(JpegFrameInfo.TryRead(jpeg, out JpegFrameInfo? frame) && frame.IsFastPathSupported);
        using Image<Rgb24> full = Image.Load<Rgb24>(jpeg);

        foreach (int d in new[] { 1, 2, 4, 8 })
        {
            using Image<Rgb24> fast = JpegScaledDecoder.Decode(jpeg, d, Configuration.Default, long.MaxValue, CancellationToken.None);
            Assert.Equal(((width + d - 1) / d, (height + d - 1) / d), (fast.Width, fast.Height));
            if (d == 1)
            {
                double exact = ImageCompare.Psnr(full, fast);
                output.WriteLine($"{lumaH}x{lumaV} grey={grey} {width}x{height} q{quality} r{restartInterval} 1/1: {exact:F1} dB");
                Assert.True(exact >= 38, $"1/1: PSNR {exact:F1} dB < 38 dB");
                continue;
            }

            if (fast.Width < 8 || fast.Height < 8)
            {
                continue;
            }

            int tw = (fast.Width + 1) / 2, th = (fast.Height + 1) / 2;
            using Image<Rgb24> expected = ImageCompare.Resized(full, tw, th);
            using Image<Rgb24> actual = ImageCompare.Resized(fast, tw, th);
            double psnr = ImageCompare.Psnr(expected, actual);
            output.WriteLine($"{lumaH}x{lumaV} grey={grey} {width}x{height} q{quality} r{restartInterval} 1/{d}: {psnr:F1} dB");
            double threshold = lumaH == 4 && d == 8 ? 25 : 30;
            Assert.True(psnr >= threshold, $"1/{d}: PSNR {psnr:F1} dB < {threshold} dB");
        }
    }
}
