using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;

namespace ThumbnailService.Bench.Tests.Corpus;

public sealed class CorpusGeneratorTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "thumbs-corpus-test-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData("jpeg-1.8mp.jpg", 1.8)]
    [InlineData("jpeg-6mp.jpg", 6)]
    [InlineData("jpeg-12mp.jpg", 12)]
    [InlineData("jpeg-12mp-orient6.jpg", 12)]
    [InlineData("jpeg-24mp.jpg", 24)]
    [InlineData("png-4mp-alpha.png", 4)]
    [InlineData("webp-4mp.webp", 4)]
    [InlineData("heic-12mp.heic", 12)]
    [InlineData("avif-12mp.avif", 12)]
    public void Default_Spec_MegapixelsWithinOnePercent(string fileName, double megapixels) =>
        Assert.InRange(CorpusSpec.Default.Single(s => s.FileName == fileName).Megapixels, megapixels * 0.99, megapixels * 1.01);

    [Fact]
    public void Default_RotatedCopy_SameSizeAsTwelveMegapixelOriginal()
    {
        var original = CorpusSpec.Default.Single(s => s.FileName == "jpeg-12mp.jpg");
        var rotated = CorpusSpec.Default.Single(s => s.Orientation == 6);

        Assert.Equal((original.Width, original.Height), (rotated.Width, rotated.Height));
    }

    [RequiresFact("heif-enc")]
    public async Task EnsureAsync_HeicSpec_WritesHeicOfThatSize()
    {
        var images = await CorpusGenerator.EnsureAsync(_folder, [new CorpusSpec("d.heic", 64, 48, "heic")], CancellationToken.None);

        byte[] file = await File.ReadAllBytesAsync(Assert.Single(images).Path);
        Assert.Equal("ftypheic"u8.ToArray(), file[4..12]);
        byte[] ispe = [.. "ispe"u8, 0, 0, 0, 0, 0, 0, 0, 64, 0, 0, 0, 48];
        Assert.True(file.AsSpan().IndexOf(ispe) > 0, "no ispe of 64x48");
    }

    [Fact]
    public async Task EnsureAsync_SmallSpecs_WritesEachFormatSizeOrientationAndAlpha()
    {
        CorpusSpec[] specs = [new("a.jpg", 64, 48, "jpeg", Orientation: 6), new("b.png", 40, 30, "png", Alpha: true), new("c.webp", 50, 20, "webp")];

        var images = await CorpusGenerator.EnsureAsync(_folder, specs, CancellationToken.None);

        Assert.Equal(["a", "b", "c"], images.Select(i => i.Name));
        Assert.Equal([false, true, false], images.Select(i => i.HasAlpha));
        var jpeg = Image.Identify(images[0].Path, out var format);
        Assert.Equal("JPEG", format.Name);
        Assert.Equal((64, 48), (jpeg.Width, jpeg.Height));
        Assert.Equal((ushort)6, jpeg.Metadata.ExifProfile!.GetValue(ExifTag.Orientation)!.Value);
        Assert.Equal((40, 30), (Image.Identify(images[1].Path).Width, Image.Identify(images[1].Path).Height));
        Image.Identify(images[2].Path, out var webp);
        Assert.Equal("Webp", webp.Name);
    }

    [Fact]
    public async Task EnsureAsync_FileAlreadyThere_KeptAsIs()
    {
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, "a.jpg");
        await File.WriteAllTextAsync(path, "kept");

        await CorpusGenerator.EnsureAsync(_folder, [new CorpusSpec("a.jpg", 8, 8, "jpeg")], CancellationToken.None);

        Assert.Equal("kept", await File.ReadAllTextAsync(path));
    }

    [Fact]
    public void Paint_PhotoLike_NotFlat()
    {
        using var image = PhotoPainter.Paint(32, 32, alpha: false);

        var distinct = new HashSet<uint>();
        image.ProcessPixelRows(rows =>
        {
            for (int y = 0; y < rows.Height; y++)
            {
                foreach (var pixel in rows.GetRowSpan(y))
                {
                    distinct.Add(pixel.PackedValue);
                }
            }
        });
        Assert.True(distinct.Count > 500, $"only {distinct.Count} distinct colours");
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
