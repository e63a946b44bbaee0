using ThumbnailService.TestSupport.Tools;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Presets;
using ThumbnailService.TestSupport.Images;
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
    /// With the checks reverted the bombs measured 55 to 3,500 times a photo of their size (the JPEG scan bomb 3,550
    /// times) or threw; what the bounds admit measured at most 10 times its reference. 30 leaves a factor of three
    /// for a loaded 2-core CI machine: the measure is thread CPU time, the minimum of three runs, run serially.
    /// </summary>
    private const int Multiple = 30;

    /// <summary>
    /// The least a reference counts for: one render call's fixed cost. A "photo" of a few hundred bytes renders in about
    /// 0.3 ms, where one garbage collection or page fault is the difference between 10x and 40x; the bombs this test
    /// exists for cost seconds (the 10 KB scan bomb 6.6 s), hundreds of times this floor times <see cref="Multiple"/>.
    /// </summary>
    private static readonly TimeSpan ReferenceFloor = TimeSpan.FromMilliseconds(2);

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

    [RequiresTheory("jpegtran")]
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
        byte[] reference = file.SamePixels ?? PhotoOfAbout(file.Bytes.Length);
        string what = file.SamePixels is null ? "a photo" : "the same pixels, legitimately";
        foreach ((string preset, ImagePipeline pipeline) in new[] { ("64 px", Small), ("1024 px", Large) })
        {
            TimeSpan hostile = ThreadCpuTime.Minimum(3, () => pipeline.Render(file.Bytes));
            TimeSpan normal = ThreadCpuTime.Minimum(3, () => pipeline.Render(reference));
            TimeSpan allowed = (normal > ReferenceFloor ? normal : ReferenceFloor) * Multiple;

            output.WriteLine($"{name}, {preset}: {file.Bytes.Length:N0} B in {hostile.TotalMilliseconds:F2} ms; {what} ({reference.Length:N0} B) in {normal.TotalMilliseconds:F2} ms: {hostile / normal:F1}x");
            Assert.True(hostile <= allowed, $"{name} at {preset}: {hostile.TotalMilliseconds:F1} ms, more than {Multiple} x max({normal.TotalMilliseconds:F1} ms, {ReferenceFloor.TotalMilliseconds} ms)");
        }
    }

    /// <summary>A photo-like baseline JPEG (quality 85, 4:2:0) of about <paramref name="length"/> bytes, at least 64 x 48.</summary>
    private static byte[] PhotoOfAbout(int length)
    {
        const int CalibrationWidth = 320, CalibrationHeight = 240;
        double bytesPerPixel = Encode(CalibrationWidth, CalibrationHeight).Length / (double)(CalibrationWidth * CalibrationHeight);
        int width = Math.Max(64, (int)Math.Sqrt(length / bytesPerPixel * 4 / 3));
        return Encode(width, width * 3 / 4);
    }

    private static byte[] Encode(int width, int height)
    {
        using Image<Rgb24> photo = PhotoLike.Create(width, height, seed: 21);
        return TestImages.Encode(photo, new JpegEncoder { Quality = 85, ColorType = JpegColorType.YCbCrRatio420 });
    }

    private static (int Width, int Height) Size(RenderOutcome.Rendered rendered) => (rendered.Thumbnails[0].Width, rendered.Thumbnails[0].Height);
}
