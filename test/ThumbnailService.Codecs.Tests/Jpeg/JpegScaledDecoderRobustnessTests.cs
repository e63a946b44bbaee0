using System.Diagnostics;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.Core.Imaging;
using ThumbnailService.Codecs.Jpeg;
using ThumbnailService.Core.Presets;
using ThumbnailService.TestSupport.Images;
using Xunit.Abstractions;

namespace ThumbnailService.Codecs.Tests.Jpeg;

/// <summary>
/// Damaged input ends in an image, a <see cref="JpegFormatException"/> (the pipeline then asks ImageSharp) or an
/// <see cref="ImageRejectedException"/> (a scan cut too short for its blocks), never another exception (an
/// IndexOutOfRange would be a bug) and never a hang: each case runs under a 5 s timeout. The fuzz loop runs a fixed
/// number of mutations from a fixed seed, so every machine checks the same cases; time only bounds each case.
/// </summary>
public sealed class JpegScaledDecoderRobustnessTests(ITestOutputHelper output)
{
    private static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(5);

    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    public void Decode_TruncatedAtEveryTwentieth_EndsInImageOrRejection(int denominator)
    {
        byte[] jpeg = Sample(restartInterval: 2);
        for (int i = 0; i < 20; i++)
        {
            byte[] cut = jpeg[..(jpeg.Length * i / 20)];
            AssertDecodesOrRejects(cut, denominator);
        }
    }

    [Fact]
    public void Decode_RandomByteMutations_EndInImageOrRejection()
    {
        byte[][] samples = [Sample(restartInterval: 0), Sample(restartInterval: 2), JpegScaledDecoderTests.Encode(40, 24, SixLabors.ImageSharp.Formats.Jpeg.JpegColorType.YCbCrRatio420, 50)];
        var random = new Random(20240607);
        var clock = Stopwatch.StartNew();
        const int Cases = 2000;
        int cases = 0, decoded = 0;
        for (; cases < Cases; cases++)
        {
            byte[] data = (byte[])samples[cases % samples.Length].Clone();
            int flips = random.Next(1, 5);
            for (int f = 0; f < flips; f++)
            {
                int at = random.Next(2) == 0 ? random.Next(Math.Min(data.Length, 700)) : random.Next(data.Length);
                data[at] = random.Next(4) == 0 ? (byte)0xFF : (byte)random.Next(256);
            }

            decoded += AssertDecodesOrRejects(data, 1 << random.Next(4)) ? 1 : 0;
        }

        output.WriteLine($"{cases} mutations in {clock.Elapsed.TotalSeconds:F1} s: {decoded} decoded, {cases - decoded} rejected");
    }

    [Fact]
    public void Decode_HeaderAbovePixelLimit_ThrowsBeforeAllocating()
    {
        byte[] jpeg = Sample(restartInterval: 0);
        jpeg[Array.IndexOf(jpeg, (byte)0xC0) + 4] = 0xFF; // height 0xFFxx

        Assert.Throws<JpegFormatException>(() => JpegScaledDecoder.Decode(jpeg, 8, Configuration.Default, 1_000_000, CancellationToken.None));
    }

    [Fact]
    public async Task Render_MutatedJpegs_AreRenderedOrRejected()
    {
        byte[] jpeg = Sample(restartInterval: 3);
        ImagePipeline pipeline = Pipelines.Create(new Preset("tiny", 24, 24, FitMode.Inside)); // 1/4 scale: fast path
        var random = new Random(7);
        for (int i = 0; i < 150; i++)
        {
            byte[] data = (byte[])jpeg.Clone();
            data[random.Next(data.Length)] = (byte)random.Next(256);
            RenderOutcome outcome = await Task.Run(() => pipeline.Render(data)).WaitAsync(CaseTimeout); // TimeoutException if it hangs
            Assert.True(outcome is RenderOutcome.Rendered or RenderOutcome.Rejected);
        }
    }

    private static byte[] Sample(int restartInterval)
    {
        using Image<Rgb24> photo = PhotoLike.Create(97, 81, seed: 3);
        return BaselineJpegWriter.Encode(photo, 60, 2, 2, restartInterval);
    }

    private static bool AssertDecodesOrRejects(byte[] data, int denominator)
    {
        Task<bool> decode = Task.Run(() =>
        {
            try
            {
                using Image<Rgb24> image = JpegScaledDecoder.Decode(data, denominator, Configuration.Default, 100_000_000, CancellationToken.None);
                return true;
            }
            catch (Exception exception) when (exception is JpegFormatException or ImageRejectedException)
            {
                return false;
            }
        });
        Assert.True(decode.Wait(CaseTimeout), "decode hung");
        return decode.Result;
    }
}
