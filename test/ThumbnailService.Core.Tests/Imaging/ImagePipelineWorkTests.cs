using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Presets;
using ThumbnailService.Core.Tests.Images;
using ThumbnailService.Core.Tests.Measurement;
using Xunit.Abstractions;

namespace ThumbnailService.Core.Tests.Imaging;

/// <summary>
/// Work proportional to input (issue 12): each <see cref="HostileFiles"/> entry ends as expected through the whole
/// pipeline, and costs at most <see cref="Multiple"/> times a normal photo of about its size (or, for an admitted
/// file that buys its work with pixels, a legitimate file of the same pixels: compression is what lets a flat image
/// cost more per byte than a photo, and the pixel limit is what bounds it). Two preset sets: a 64 px thumbnail (JPEG
/// at 1/8: our decoders) and 1024 px (progressive JPEG at 1/4 or more: ImageSharp's). Every path measured runs on the
/// calling thread (ImageSharp: MaxDegreeOfParallelism 1; our JPEG decoder hands rows to a second thread only at 1/2
/// and 1/1, which no hostile file here reaches).
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class ImagePipelineWorkTests(ITestOutputHelper output)
{
    /// <summary>
    /// With the checks reverted the bombs measured up to 3,400 times a photo of their size (JPEG scans; zTXt 264, BMP
    /// 234, one-byte baseline scan 146, two eXIf 90) or threw; what the bounds admit measured at most 5 times its
    /// reference. 30 leaves room for a loaded 2-core CI machine: thread CPU time, minimum of three runs, run serially.
    /// </summary>
    private const int Multiple = 30;

    /// <summary>
    /// The smallest photo compared with: below about 16 KB a photo's render is tens of microseconds of fixed cost (a
    /// warm 64 x 48 JPEG measured 0.04 ms), and a ratio against it measures noise. The metadata a PNG may always carry
    /// (64 KB of compressed text: 2-3 ms) is then judged against a 320 x 240 photo.
    /// </summary>
    private const int SmallestPhotoBytes = 16 * 1024;

    private static readonly ImagePipeline Small = Pipelines.Create(new Preset("small", 64, 64, FitMode.Inside));
    private static readonly ImagePipeline Large = Pipelines.Create(new Preset("large", 1024, 1024, FitMode.Inside));

    public static TheoryData<string> Names => HostileFiles.Names;

    [Theory]
    [MemberData(nameof(Names))]
    public void Render_HostileFile_EndsAsExpected(string name)
    {
        HostileFile file = HostileFiles.Get(name);
        foreach (ImagePipeline pipeline in new[] { Small, Large })
        {
            RenderOutcome outcome = pipeline.Render(file.Bytes);

            if (file.Expected is { } reason)
            {
                Assert.Equal(reason, Assert.IsType<RenderOutcome.Rejected>(outcome).Reason);
            }
            else
            {
                Assert.IsType<RenderOutcome.Rendered>(outcome);
            }
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(40)]
    public void Render_RealProgressiveOfManyScans_RendersWithBothDecoders(int lumaBands)
    {
        using Image<Rgb24> photo = PhotoLike.Create(1200, 900, seed: 6);
        byte[] baseline = BaselineJpegWriter.Encode(photo, 85, 2, 2);
        byte[] progressive = lumaBands == 0 ? Jpegtran.Progressive(baseline) : Jpegtran.Progressive(baseline, scanScript: Jpegtran.ManyScanScript(lumaBands));

        Assert.Equal((64, 48), Size(Small.RenderOk(progressive)));
        Assert.Equal((1024, 768), Size(Large.RenderOk(progressive)));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Render_HostileFile_CostsAtMostThirtyPhotosOfItsSize(string name)
    {
        HostileFile file = HostileFiles.Get(name);
        byte[] reference = file.SamePixels ?? PhotoOfAbout(Math.Max(file.Bytes.Length, SmallestPhotoBytes));
        string what = file.SamePixels is null ? "a photo" : "the same pixels, legitimately";
        foreach ((string preset, ImagePipeline pipeline) in new[] { ("64 px", Small), ("1024 px", Large) })
        {
            TimeSpan hostile = ThreadCpuTime.Minimum(3, () => pipeline.Render(file.Bytes));
            TimeSpan normal = ThreadCpuTime.Minimum(3, () => pipeline.Render(reference));

            output.WriteLine($"{name}, {preset}: {file.Bytes.Length:N0} B in {hostile.TotalMilliseconds:F2} ms; {what} ({reference.Length:N0} B) in {normal.TotalMilliseconds:F2} ms: {hostile / normal:F1}x");
            Assert.True(hostile <= normal * Multiple, $"{name} at {preset}: {hostile.TotalMilliseconds:F1} ms, more than {Multiple} x {normal.TotalMilliseconds:F1} ms");
        }
    }

    /// <summary>A photo-like baseline JPEG (quality 85, 4:2:0) of about <paramref name="length"/> bytes.</summary>
    private static byte[] PhotoOfAbout(int length)
    {
        const int CalibrationWidth = 320, CalibrationHeight = 240;
        double bytesPerPixel = Encode(CalibrationWidth, CalibrationHeight).Length / (double)(CalibrationWidth * CalibrationHeight);
        int width = (int)Math.Sqrt(length / bytesPerPixel * 4 / 3);
        return Encode(width, width * 3 / 4);
    }

    private static byte[] Encode(int width, int height)
    {
        using Image<Rgb24> photo = PhotoLike.Create(width, height, seed: 21);
        return TestImages.Encode(photo, new JpegEncoder { Quality = 85, ColorType = JpegColorType.YCbCrRatio420 });
    }

    private static (int Width, int Height) Size(RenderOutcome.Rendered rendered) => (rendered.Thumbnails[0].Width, rendered.Thumbnails[0].Height);
}
