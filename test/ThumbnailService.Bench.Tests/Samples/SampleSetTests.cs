using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;
using ThumbnailService.Bench.Samples;

namespace ThumbnailService.Bench.Tests.Samples;

/// <summary>The painted files of samples/: what the generator writes, and that the committed files are exactly that.</summary>
public sealed class SampleSetTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("thumbs-samples-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task WriteAsync_Landscape_SixMegapixelJpegUnder400KB()
    {
        await SampleSet.WriteAsync(_folder, CancellationToken.None);

        var path = Path.Combine(_folder, "landscape.jpg");
        var info = await Image.IdentifyAsync(path);
        Assert.Equal((3000, 2000, "image/jpeg"), (info.Width, info.Height, Image.DetectFormat(path).DefaultMimeType));
        Assert.InRange(new FileInfo(path).Length, 50_000, 400_000);
    }

    [Fact]
    public async Task WriteAsync_Portrait_StoredLandscapeWithOrientation6AndUprightOnceOriented()
    {
        await SampleSet.WriteAsync(_folder, CancellationToken.None);

        using var image = await Image.LoadAsync<Rgba32>(Path.Combine(_folder, "portrait-exif6.jpg"));
        Assert.Equal((2000, 1500), (image.Width, image.Height));
        Assert.Equal((ushort)6, image.Metadata.ExifProfile!.GetValue(ExifTag.Orientation)!.Value);
        image.Mutate(x => x.AutoOrient());
        Assert.Equal((1500, 2000), (image.Width, image.Height));
        var sky = image[image.Width / 10, image.Height / 20];
        var grass = image[image.Width / 10, image.Height * 19 / 20];
        Assert.True(sky.B > sky.R + 40 && sky.B > sky.G, $"sky at the top: {sky}");
        Assert.True(grass.G > grass.R + 30 && grass.G > grass.B + 30, $"grass at the bottom: {grass}");
    }

    [Fact]
    public async Task WriteAsync_Sticker_HasOpaqueHalfTransparentAndClearPixels()
    {
        await SampleSet.WriteAsync(_folder, CancellationToken.None);

        using var image = await Image.LoadAsync<Rgba32>(Path.Combine(_folder, "sticker.png"));
        Assert.Equal((1200, 1200), (image.Width, image.Height));
        Assert.Equal(0, image[5, 5].A);                                  // corner: clear
        Assert.Equal(255, image[300, 500].A);                            // disc: opaque
        Assert.InRange(image[576, 576].A, 60, 200);                      // window in the middle: half transparent
    }

    [Fact]
    public async Task WriteAsync_Gif_EightFramesWithTheBallMovingLeftToRight()
    {
        await SampleSet.WriteAsync(_folder, CancellationToken.None);

        using var image = await Image.LoadAsync<Rgba32>(Path.Combine(_folder, "more", "bouncing ball.gif"));
        Assert.Equal((640, 400, 8), (image.Width, image.Height, image.Frames.Count));
        Assert.Equal(0, image.Metadata.GetGifMetadata().RepeatCount);
        var (firstX, firstY) = BouncingBallGif.BallCentre(640, 400, 0, 8);
        var (lastX, lastY) = BouncingBallGif.BallCentre(640, 400, 7, 8);
        Assert.True(firstX < 100 && lastX > 540);
        Assert.True(IsRed(image.Frames[0][(int)firstX + 20, (int)firstY + 20]), "frame 1: ball at the left");
        Assert.False(IsRed(image.Frames[0][(int)lastX, (int)lastY]), "frame 1: nothing at the right");
        Assert.True(IsRed(image.Frames[7][(int)lastX + 20, (int)lastY + 20]), "frame 8: ball at the right");
    }

    [Fact]
    public async Task CommittedSamples_SameSizeAndPixelsAsTheGeneratorWrites()
    {
        await SampleSet.WriteAsync(_folder, CancellationToken.None);
        var committed = Path.Combine(RepositoryLayout.Root, "samples");

        foreach (var sample in SampleSet.All)
        {
            using var expected = await Image.LoadAsync<Rgba32>(Path.Combine(_folder, sample.RelativePath));
            using var actual = await Image.LoadAsync<Rgba32>(Path.Combine(committed, sample.RelativePath));
            Assert.Equal((expected.Width, expected.Height, expected.Frames.Count), (actual.Width, actual.Height, actual.Frames.Count));
            Assert.True(MeanAbsoluteDifference(expected, actual) < 1.0, $"samples/{sample.RelativePath} differs from what `thumbs-bench samples` paints: regenerate it");
        }
    }

    private static bool IsRed(Rgba32 pixel) => pixel.R > 180 && pixel.G < 80 && pixel.B < 80;

    /// <summary>Mean over pixels and R, G, B, A of the absolute difference (JPEG encoders may differ by a unit across CPUs).</summary>
    private static double MeanAbsoluteDifference(Image<Rgba32> a, Image<Rgba32> b)
    {
        double sum = 0;
        for (int y = 0; y < a.Height; y += 3)
        {
            for (int x = 0; x < a.Width; x += 3)
            {
                Rgba32 p = a[x, y], q = b[x, y];
                sum += Math.Abs(p.R - q.R) + Math.Abs(p.G - q.G) + Math.Abs(p.B - q.B) + Math.Abs(p.A - q.A);
            }
        }

        return sum / (4.0 * ((a.Height + 2) / 3) * ((a.Width + 2) / 3));
    }
}
