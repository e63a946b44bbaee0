using ThumbnailService.TestSupport.Tools;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.Core.Imaging;
using ThumbnailService.Codecs.Jpeg;
using ThumbnailService.TestSupport.Images;
using Xunit;

namespace ThumbnailService.Codecs.Tests.Jpeg;

/// <summary>
/// Progressive files made by jpegtran from baseline ones (same coefficients): libjpeg's default progression, and scan
/// scripts with odd spectral bands, several successive-approximation passes, non-interleaved DC and restarts. At every
/// scale (1/1, 1/2, 1/4; 1/8 has its own tests) they must decode to exactly the baseline decode's pixels.
/// </summary>
public sealed class JpegProgressiveDecoderTests
{
    /// <summary>Spectral selection alone, in bands that do not line up with any scale's kept coefficients.</summary>
    private const string OddBands = "0 1 2: 0-0, 0, 0;\n0: 1-1, 0, 0;\n0: 2-3, 0, 0;\n0: 4-13, 0, 0;\n0: 14-63, 0, 0;\n1: 1-63, 0, 0;\n2: 1-7, 0, 0;\n2: 8-63, 0, 0;\n";

    /// <summary>Non-interleaved DC in three passes, AC in four successive-approximation passes (Al 3, 2, 1, 0).</summary>
    private const string ManyRefinements =
        "0: 0-0, 0, 2;\n1: 0-0, 0, 2;\n2: 0-0, 0, 2;\n0: 0-0, 2, 1;\n1: 0-0, 2, 1;\n2: 0-0, 2, 1;\n0 1 2: 0-0, 1, 0;\n"
        + "0: 1-9, 0, 3;\n0: 10-63, 0, 3;\n1: 1-63, 0, 3;\n2: 1-63, 0, 3;\n"
        + "0: 1-63, 3, 2;\n1: 1-63, 3, 2;\n2: 1-63, 3, 2;\n"
        + "0: 1-5, 2, 1;\n0: 6-63, 2, 1;\n1: 1-63, 2, 1;\n2: 1-63, 2, 1;\n"
        + "0: 1-63, 1, 0;\n2: 1-63, 1, 0;\n1: 1-63, 1, 0;\n";

    private const string GreyManyRefinements = "0: 0-0, 0, 1;\n0: 0-0, 1, 0;\n0: 1-2, 0, 2;\n0: 3-63, 0, 2;\n0: 1-63, 2, 1;\n0: 1-63, 1, 0;\n";

    public static TheoryData<int, int, bool, int, int, int, int> SamplingCases()
    {
        var data = new TheoryData<int, int, bool, int, int, int, int>();
        foreach ((int h, int v, bool grey) in new[] { (1, 1, false), (2, 1, false), (1, 2, false), (2, 2, false), (1, 1, true) })
        {
            foreach (int denominator in new[] { 1, 2, 4 })
            {
                data.Add(h, v, grey, 333, 251, 0, denominator);
                data.Add(h, v, grey, 97, 130, 2, denominator);
                data.Add(h, v, grey, 17, 9, 0, denominator);
            }
        }

        return data;
    }

    [RequiresTheory("jpegtran")]
    [MemberData(nameof(SamplingCases))]
    public void Decode_DefaultProgression_SamePixelsAsBaseline(int lumaH, int lumaV, bool grey, int width, int height, int restartInterval, int denominator)
    {
        using Image<Rgb24> photo = PhotoLike.Create(width, height, seed: 13);
        byte[] baseline = BaselineJpegWriter.Encode(photo, 85, lumaH, lumaV, 0, grey);

        AssertSamePixels(baseline, Jpegtran.Progressive(baseline, restartInterval), denominator);
    }

    [RequiresTheory("jpegtran")]
    [InlineData(1, 0)]
    [InlineData(2, 0)]
    [InlineData(4, 0)]
    [InlineData(1, 3)]
    [InlineData(2, 5)]
    [InlineData(4, 1)]
    public void Decode_OddBandsManyRefinementsAndManyScans_SamePixelsAsBaseline(int denominator, int restartInterval)
    {
        using Image<Rgb24> photo = PhotoLike.Create(301, 207, seed: 5);
        byte[] baseline = BaselineJpegWriter.Encode(photo, 92, 2, 2);

        AssertSamePixels(baseline, Jpegtran.Progressive(baseline, restartInterval, OddBands), denominator);
        AssertSamePixels(baseline, Jpegtran.Progressive(baseline, restartInterval, ManyRefinements), denominator);
        AssertSamePixels(baseline, Jpegtran.Progressive(baseline, restartInterval, Jpegtran.ManyScanScript(lumaBands: 40)), denominator);
    }

    [RequiresTheory("jpegtran")]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Decode_GreySuccessiveApproximation_SamePixelsAsBaseline(int denominator)
    {
        using Image<Rgb24> photo = PhotoLike.Create(150, 99, seed: 8);
        byte[] baseline = BaselineJpegWriter.Encode(photo, 90, 1, 1, 0, grey: true);

        AssertSamePixels(baseline, Jpegtran.Progressive(baseline, restartInterval: 4, GreyManyRefinements), denominator);
    }

    [RequiresFact("jpegtran")]
    public void Decode_BandBeyondQuarterScaleDamaged_QuarterScaleUntouched()
    {
        using Image<Rgb24> photo = PhotoLike.Create(200, 160, seed: 3);
        byte[] baseline = BaselineJpegWriter.Encode(photo, 90, 2, 2);
        byte[] progressive = Jpegtran.Progressive(baseline, scanScript: OddBands);
        JpegScanList scans = JpegScanList.Read(progressive, new JpegScanBudget(), CancellationToken.None);
        JpegScanList.Entry high = scans.Scans.Single(scan => scan.Header.Band.Start == 14);
        progressive.AsSpan(high.Header.EntropyDataOffset, high.DataEnd - high.Header.EntropyDataOffset).Fill(0x5A); // 1/4 scale keeps zig-zag 0..4: this scan is stepped over

        AssertSamePixels(baseline, progressive, 4);
        using Image<Rgb24> full = JpegScaledDecoder.Decode(progressive, 1, Configuration.Default, long.MaxValue, CancellationToken.None);
        using Image<Rgb24> expected = JpegScaledDecoder.Decode(baseline, 1, Configuration.Default, long.MaxValue, CancellationToken.None);
        Assert.NotEqual(ImageCompare.Pixels(expected), ImageCompare.Pixels(full)); // at full scale it is read, so the damage shows
    }

    [RequiresTheory("jpegtran")]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Decode_ProgressiveCutShort_DecodesOrThrowsClearly(int denominator)
    {
        using Image<Rgb24> photo = PhotoLike.Create(200, 150, seed: 2);
        byte[] progressive = Jpegtran.Progressive(BaselineJpegWriter.Encode(photo, 85, 2, 2), scanScript: ManyRefinements);

        for (int length = 4; length < progressive.Length; length += 89)
        {
            try
            {
                using Image<Rgb24> image = JpegScaledDecoder.Decode(progressive.AsSpan(0, length), denominator, Configuration.Default, long.MaxValue, CancellationToken.None);
                Assert.Equal((200 / denominator, (150 + denominator - 1) / denominator), (image.Width, image.Height));
            }
            catch (Exception exception) when (exception is JpegFormatException or ImageRejectedException)
            {
                // a clear rejection is as good: the pipeline then asks ImageSharp, or refuses a scan cut too short
            }
        }
    }

    [RequiresTheory("jpegtran")]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Decode_RandomlyMutatedProgressive_DecodesOrThrowsClearly(int denominator)
    {
        using Image<Rgb24> photo = PhotoLike.Create(160, 120, seed: 4);
        byte[] original = Jpegtran.Progressive(BaselineJpegWriter.Encode(photo, 85, 2, 1), restartInterval: 3, ManyRefinements);
        var random = new Random(23 + denominator);
        for (int iteration = 0; iteration < 600; iteration++)
        {
            byte[] mutated = (byte[])original.Clone();
            for (int m = random.Next(1, 6); m > 0; m--)
            {
                mutated[random.Next(2, mutated.Length)] = (byte)random.Next(256);
            }

            try
            {
                using Image<Rgb24> image = JpegScaledDecoder.Decode(mutated, denominator, Configuration.Default, 100_000_000, CancellationToken.None);
                Assert.InRange(image.Width * image.Height, 1, 100_000_000);
            }
            catch (Exception exception) when (exception is JpegFormatException or ImageRejectedException)
            {
            }
        }
    }

    private static void AssertSamePixels(byte[] baseline, byte[] progressive, int denominator)
    {
        Assert.True(JpegFrameInfo.TryRead(progressive, out JpegFrameInfo? frame) && frame.IsProgressive);
        foreach (bool pipelined in new[] { false, true })
        {
            using Image<Rgb24> expected = JpegScaledDecoder.Decode(baseline, denominator, Configuration.Default, long.MaxValue, pipelined: false, CancellationToken.None);
            using Image<Rgb24> actual = JpegScaledDecoder.Decode(progressive, denominator, Configuration.Default, long.MaxValue, pipelined, CancellationToken.None);
            Assert.Equal((expected.Width, expected.Height), (actual.Width, actual.Height));
            Assert.Equal(ImageCompare.Pixels(expected), ImageCompare.Pixels(actual));
        }
    }
}
