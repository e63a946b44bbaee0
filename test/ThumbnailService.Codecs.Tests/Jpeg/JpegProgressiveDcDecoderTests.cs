using ThumbnailService.TestSupport.Tools;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.Core.Imaging;
using ThumbnailService.Codecs.Jpeg;
using ThumbnailService.TestSupport.Images;
using Xunit;

namespace ThumbnailService.Codecs.Tests.Jpeg;

/// <summary>
/// Progressive files made by jpegtran from baseline ones (same coefficients; DC successive approximation,
/// non-interleaved AC scans, optional restarts): their 1/8 scale from DC scans alone equals the baseline decode's.
/// </summary>
public sealed class JpegProgressiveDcDecoderTests
{
    public static TheoryData<int, int, bool, int, int, int> Cases()
    {
        var data = new TheoryData<int, int, bool, int, int, int>();
        foreach ((int h, int v, bool grey) in new[] { (1, 1, false), (2, 1, false), (1, 2, false), (2, 2, false), (1, 1, true) })
        {
            data.Add(h, v, grey, 333, 251, 0);
            data.Add(h, v, grey, 97, 130, 2);
            data.Add(h, v, grey, 17, 9, 0);
        }

        return data;
    }

    [RequiresTheory("jpegtran")]
    [MemberData(nameof(Cases))]
    public void Decode_ProgressiveFromBaseline_SamePixelsAsBaselineAtOneEighth(int lumaH, int lumaV, bool grey, int width, int height, int restartInterval)
    {
        using Image<Rgb24> photo = PhotoLike.Create(width, height, seed: 13);
        byte[] baseline = BaselineJpegWriter.Encode(photo, 85, lumaH, lumaV, 0, grey);
        byte[] progressive = Jpegtran.Progressive(baseline, restartInterval);
        Assert.True(JpegFrameInfo.TryRead(progressive, out JpegFrameInfo? frame) && frame.IsProgressiveSupported);

        using Image<Rgb24> expected = JpegScaledDecoder.Decode(baseline, 8, Configuration.Default, long.MaxValue, CancellationToken.None);
        using Image<Rgb24> actual = JpegScaledDecoder.Decode(progressive, 8, Configuration.Default, long.MaxValue, CancellationToken.None);

        Assert.Equal((expected.Width, expected.Height), (actual.Width, actual.Height));
        Assert.Equal(ImageCompare.Pixels(expected), ImageCompare.Pixels(actual));
    }

    [RequiresFact("jpegtran")]
    public void Decode_ManyScanScript_SamePixelsAsBaselineAtOneEighth()
    {
        using Image<Rgb24> photo = PhotoLike.Create(301, 207, seed: 5);
        byte[] baseline = BaselineJpegWriter.Encode(photo, 85, 2, 2);
        byte[] progressive = Jpegtran.Progressive(baseline, scanScript: Jpegtran.ManyScanScript(lumaBands: 40)); // 97 scans

        using Image<Rgb24> expected = JpegScaledDecoder.Decode(baseline, 8, Configuration.Default, long.MaxValue, CancellationToken.None);
        using Image<Rgb24> actual = JpegScaledDecoder.Decode(progressive, 8, Configuration.Default, long.MaxValue, CancellationToken.None);

        Assert.Equal(ImageCompare.Pixels(expected), ImageCompare.Pixels(actual));
    }

    [Fact]
    public void Decode_ThousandsOfOneByteDcScans_RejectedBeforeAnyBlock()
    {
        byte[] bomb = HostileJpegs.EmptyDcScans(2048, 2048, 1000);

        var refused = Assert.Throws<ImageRejectedException>(() => JpegScaledDecoder.Decode(bomb, 8, Configuration.Default, long.MaxValue, CancellationToken.None));

        Assert.Equal(RejectionReason.Corrupt, refused.Rejection.Reason);
    }

    [RequiresFact("jpegtran")]
    public void Decode_ProgressiveCutShort_ThrowsOrDecodesWithoutCrashing()
    {
        using Image<Rgb24> photo = PhotoLike.Create(200, 150, seed: 2);
        byte[] progressive = Jpegtran.Progressive(BaselineJpegWriter.Encode(photo, 85, 2, 2));

        for (int length = 4; length < progressive.Length; length += 97)
        {
            try
            {
                using Image<Rgb24> image = JpegScaledDecoder.Decode(progressive.AsSpan(0, length), 8, Configuration.Default, long.MaxValue, CancellationToken.None);
                Assert.Equal((25, 19), (image.Width, image.Height));
            }
            catch (Exception exception) when (exception is JpegFormatException or ImageRejectedException)
            {
                // a clear rejection is as good: the pipeline then asks ImageSharp, or refuses a scan cut too short
            }
        }
    }

    [RequiresFact("jpegtran")]
    public void Decode_RandomlyMutatedProgressive_DecodesOrRejectsClearly()
    {
        using Image<Rgb24> photo = PhotoLike.Create(160, 120, seed: 4);
        byte[] original = Jpegtran.Progressive(BaselineJpegWriter.Encode(photo, 85, 2, 1), restartInterval: 3);
        var random = new Random(17);
        for (int iteration = 0; iteration < 1500; iteration++)
        {
            byte[] mutated = (byte[])original.Clone();
            for (int m = random.Next(1, 6); m > 0; m--)
            {
                mutated[random.Next(2, mutated.Length)] = (byte)random.Next(256);
            }

            try
            {
                using Image<Rgb24> image = JpegScaledDecoder.Decode(mutated, 8, Configuration.Default, 100_000_000, CancellationToken.None);
                Assert.InRange(image.Width * image.Height, 1, 100_000_000 / 64);
            }
            catch (Exception exception) when (exception is JpegFormatException or ImageRejectedException)
            {
            }
        }
    }
}
