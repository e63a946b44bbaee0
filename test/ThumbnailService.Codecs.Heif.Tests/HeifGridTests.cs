using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.Codecs.Heif.Tests.Support;
using ThumbnailService.TestSupport.Images;

namespace ThumbnailService.Codecs.Heif.Tests;

/// <summary>
/// Grid primaries, the way iPhones store photos: four heif-enc tiles (red, green, blue, yellow, 128x128 each) under a
/// 2x2 grid item whose output (256x200) crops the bottom row. Assembled, the thumbnail is the four quadrants; a grid
/// that references fewer tiles than it has cells, or a tile that does not exist, is Rejected and the process lives on.
/// </summary>
public sealed class HeifGridTests
{
    private const int Tile = 128;

    [RequiresTheory("heif-enc", "heif-convert")]
    [InlineData(false)]
    [InlineData(true)]
    public void Render_GridPrimary_AssemblesTilesInRowMajorOrder(bool avif)
    {
        byte[] file = Grid(avif, tiles => tiles);

        RenderOutcome.Rendered rendered = HeifPipelines.Create(presets: Pipelines.Large).RenderOk(file);

        Assert.Equal((256, 200), (rendered.Source.Width, rendered.Source.Height));
        using Image<Rgba32> thumbnail = TestImages.Decode(Assert.Single(rendered.Thumbnails).Bytes);
        Assert.Equal((256, 200), (thumbnail.Width, thumbnail.Height));
        ColourAssert.Quadrants(thumbnail);
        using Image<Rgb24> reference = Libheif.Decode(file).CloneAs<Rgb24>();
        using Image<Rgb24> actual = thumbnail.CloneAs<Rgb24>();
        double psnr = ImageCompare.Psnr(reference, actual);
        Assert.True(psnr >= 30, $"PSNR against heif-convert {psnr:F1} dB < 30 dB");
    }

    public static TheoryData<string, ushort[]> Broken => new()
    {
        { "three tiles for four cells", [2, 3, 4] },
        { "a tile item that does not exist", [2, 3, 4, 9] },
    };

    [RequiresTheory("heif-enc")]
    [MemberData(nameof(Broken))]
    public void Render_GridWithMissingTiles_RejectsCorruptAndKeepsWorking(string name, ushort[] references)
    {
        byte[] file = Grid(avif: false, _ => references);
        var pipeline = HeifPipelines.Create(presets: Pipelines.Square);

        RenderOutcome.Rejected rejected = pipeline.RenderRejected(file);

        Assert.True(rejected.Reason == RejectionReason.Corrupt, $"{name}: {rejected.Reason} {rejected.Detail}");
        Assert.False(string.IsNullOrWhiteSpace(rejected.Detail));
        pipeline.RenderOk(Grid(avif: false, tiles => tiles)); // the same process decodes the next file
    }

    private static byte[] Grid(bool avif, Func<ushort[], ushort[]> tileReferences)
    {
        Rgba32[] colours = [TestImages.Red, TestImages.Green, TestImages.Blue, TestImages.Yellow];
        var builder = new HeifFileBuilder(avif ? "avif" : "heic", "mif1", avif ? "avif" : "heic") { Primary = 1 };
        builder.Add(new HeifItem(1, "grid", HeifProperties.Grid(2, 2, 256, 200), [HeifProperties.Ispe(256, 200)]));
        for (int i = 0; i < colours.Length; i++)
        {
            using Image<Rgba32> tile = TestImages.Filled(Tile, Tile, colours[i]);
            builder.Add(HeifItem.Coded((ushort)(i + 2), HeifParts.Primary(Libheif.Encode(tile, avif, quality: 90)), hidden: true));
        }

        return builder.Reference("dimg", 1, tileReferences([2, 3, 4, 5])).Build();
    }
}
