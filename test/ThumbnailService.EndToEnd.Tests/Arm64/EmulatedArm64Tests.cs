using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.EndToEnd.Tests.Infrastructure;
using ThumbnailService.EndToEnd.Tests.Reliability.Corpus;
using ThumbnailService.Local.Pipeline;
using ThumbnailService.TestSupport.Images;
using Xunit.Abstractions;

namespace ThumbnailService.EndToEnd.Tests.Arm64;

/// <summary>
/// The arm64 bootstrap, run under qemu through the Runtime API emulator and a local S3, against the x86_64 bootstrap on
/// the same uploads: thumbnails, a duplicate event, cleanup, hostile files and an EXIF-rotated photo end the same way,
/// with thumbnails of the same format and size within the PSNR bounds of <see cref="ArchitectureComparison"/>.
/// </summary>
[Trait("Category", "Arm64")]
public sealed class EmulatedArm64Tests(EmulatedArm64Fixture fixture, ITestOutputHelper output) : IClassFixture<EmulatedArm64Fixture>
{
    private static readonly string[] HostileSamples = ["truncated-jpeg", "random-bytes", "png-claims-50000x50000", "jpeg-1000-one-byte-scans", "svg"];

    [Arm64EmulationFact]
    public async Task Upload_PhotosAndAlphaPng_SameThumbnailsAsX64()
    {
        // 4:2:0 and 4:4:4 photos (the colour conversion's half- and full-resolution chroma), decoded at full scale for
        // the 640 px preset (the 8x8 IDCT); a PNG with alpha stays PNG (the PNG filters).
        (string Key, byte[] Body)[] sources =
        [
            ("arm64/photo 420.jpg", Photo(800, 600, JpegColorType.YCbCrRatio420, seed: 3)),
            ("arm64/photo 444.jpg", Photo(720, 540, JpegColorType.YCbCrRatio444, seed: 4)),
            ("arm64/alpha.png", AlphaPng(400, 300)),
        ];
        foreach (var (key, body) in sources)
        {
            var (x64, arm64) = await ArchitectureComparison.UploadToBothAsync(fixture, key, body);

            Assert.Equal(("Created", (string?)null), ArchitectureComparison.Outcome(x64));
            Assert.Equal(ArchitectureComparison.Outcome(x64), ArchitectureComparison.Outcome(arm64));
            var figures = await ArchitectureComparison.AssertSameThumbnailsAsync(fixture, key);
            Assert.Equal(2, figures.Count);
            Report(key, figures);
        }
    }

    [Arm64EmulationFact]
    public async Task DuplicateEvent_SameSandbox_AlreadyDoneOnBoth()
    {
        const string key = "arm64/duplicate.jpg";
        var (x64, arm64) = await ArchitectureComparison.UploadToBothAsync(fixture, key, Photo(320, 240, JpegColorType.YCbCrRatio420, seed: 5));

        var x64Again = await fixture.X64.Pipeline.Thumbnail.InvokeAsync(Encoding.UTF8.GetBytes(x64.EventJson));
        var arm64Again = await fixture.Arm64.Pipeline.Thumbnail.InvokeAsync(Encoding.UTF8.GetBytes(arm64.EventJson));

        Assert.Contains("\"outcome\":\"AlreadyDone\"", Encoding.UTF8.GetString(x64Again.Payload.Span), StringComparison.Ordinal);
        Assert.Contains("\"outcome\":\"AlreadyDone\"", Encoding.UTF8.GetString(arm64Again.Payload.Span), StringComparison.Ordinal);
        Report(key, await ArchitectureComparison.AssertSameThumbnailsAsync(fixture, key));
    }

    [Arm64EmulationFact]
    public async Task DeleteSource_Cleanup_ThumbnailsGoneOnBoth()
    {
        const string key = "arm64/deleted.jpg";
        await ArchitectureComparison.UploadToBothAsync(fixture, key, Photo(320, 240, JpegColorType.YCbCrRatio420, seed: 6));

        var x64 = await fixture.X64.S3.DeleteAndWaitAsync(fixture.X64.Pipeline.Journal, LocalPipelineOptions.DefaultSourceBucket, key);
        var arm64 = await fixture.Arm64.S3.DeleteAndWaitAsync(fixture.Arm64.Pipeline.Journal, LocalPipelineOptions.DefaultSourceBucket, key);

        Assert.Equal(ArchitectureComparison.Outcome(x64), ArchitectureComparison.Outcome(arm64));
        Assert.Null(await fixture.Arm64.S3.GetBytesAsync(LocalPipelineOptions.DefaultThumbnailBucket, "large/" + key));
        Assert.Null(await fixture.Arm64.S3.GetBytesAsync(LocalPipelineOptions.DefaultThumbnailBucket, "small/" + key));
        Assert.Empty(await ArchitectureComparison.AssertSameThumbnailsAsync(fixture, key));
    }

    [Arm64EmulationFact]
    public async Task Upload_HostileFiles_SameRejectionAsX64()
    {
        foreach (var name in HostileSamples)
        {
            var sample = HostileCorpus.Get(name);
            var key = $"arm64/hostile/{sample.FileName}";

            var (x64, arm64) = await ArchitectureComparison.UploadToBothAsync(fixture, key, sample.Body);

            Assert.Equal((sample.Outcome, sample.Reason), ArchitectureComparison.Outcome(x64));
            Assert.Equal((sample.Outcome, sample.Reason), ArchitectureComparison.Outcome(arm64));
            Assert.Equal(1, arm64.Attempts);
            Assert.Empty(await ArchitectureComparison.AssertSameThumbnailsAsync(fixture, key));
        }
    }

    [Arm64EmulationFact]
    public async Task Upload_ExifRotatedPhoto_UprightOnBothAndSamePixels()
    {
        const string key = "arm64/rotated.jpg";
        var (x64, arm64) = await ArchitectureComparison.UploadToBothAsync(fixture, key, Images.Jpeg(400, 200, orientation: 6));

        Assert.Equal(ArchitectureComparison.Outcome(x64), ArchitectureComparison.Outcome(arm64));
        using var large = Images.Decode((await fixture.Arm64.S3.GetBytesAsync(LocalPipelineOptions.DefaultThumbnailBucket, "large/" + key))!);
        Assert.Equal((200, 400), (large.Width, large.Height)); // stored 400x200, orientation 6: upright it is portrait
        Report(key, await ArchitectureComparison.AssertSameThumbnailsAsync(fixture, key));
    }

    private static byte[] Photo(int width, int height, JpegColorType colorType, int seed)
    {
        using Image<Rgb24> photo = PhotoLike.Create(width, height, seed);
        return TestImages.Encode(photo, new JpegEncoder { Quality = 90, ColorType = colorType });
    }

    /// <summary>A photo with an alpha ramp across it: every PNG filter has real work.</summary>
    private static byte[] AlphaPng(int width, int height)
    {
        using Image<Rgb24> photo = PhotoLike.Create(width, height, seed: 8);
        using Image<Rgba32> image = photo.CloneAs<Rgba32>();
        image.ProcessPixelRows(rows =>
        {
            for (int y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (int x = 0; x < row.Length; x++)
                {
                    row[x].A = (byte)(x * 255 / (row.Length - 1));
                }
            }
        });
        return TestImages.Encode(image, new PngEncoder { ColorType = PngColorType.RgbWithAlpha });
    }

    private void Report(string key, IReadOnlyList<(string Preset, double Psnr)> figures)
    {
        foreach (var (preset, psnr) in figures)
        {
            output.WriteLine($"FIGURE {key} | {preset} | arm64 vs x86_64 | {(double.IsPositiveInfinity(psnr) ? "identical" : $"{psnr:0.0} dB")}");
        }
    }
}
