namespace ThumbnailService.Bench.Tests.Warm;

public sealed class HeifTargetTableTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("thumbs-heif-targets-").FullName;

    private static readonly BenchRow[] Rows =
    [
        new("heic-12mp", BenchTask.Single, "ours", 7, 450, 440, 200, double.NaN),
        new("heic-12mp", BenchTask.Single, "vips", 7, 500, 550, 150, double.NaN),
        new("heic-12mp", BenchTask.Presets, "ours", 7, 500, 495, 210, double.NaN),
        new("jpeg-12mp", BenchTask.Single, "ours", 7, 30, 30, 60, 1.5),
        new("avif-12mp", BenchTask.Single, "ours", 7, 900, 900, 250, double.NaN),
        new("avif-12mp", BenchTask.Single, "vips", 7, 600, 600, 120, double.NaN),
    ];

    [Fact]
    public void Targets_HeifImage_OursAgainstVipsAndPresetsAgainstSingle()
    {
        var targets = HeifTargetTable.Targets(Rows, [("heic-12mp", true)]).ToArray();

        Assert.Equal(2, targets.Length);
        Assert.Equal(("256px: ours / vips", 450.0, 500.0, 0.9, 0.8), (targets[0].Name, targets[0].OursMs, targets[0].AgainstMs, targets[0].Ratio, targets[0].CpuRatio));
        Assert.Equal(("presets / ours 256px", 500.0, 450.0, 1.2), (targets[1].Name, targets[1].OursMs, targets[1].AgainstMs, targets[1].Goal));
        Assert.Equal(500.0 / 450.0, targets[1].Ratio, 6);
    }

    [Fact]
    public void Write_HeicAndAvif_PlainTableWithRatiosAndGoalsForHeicOnly()
    {
        using var writer = new StringWriter();

        HeifTargetTable.Write(writer, Rows, [Image("heic-12mp", ".heic", "heic"), Image("jpeg-12mp", ".jpg", "jpeg"), Image("avif-12mp", ".avif", "avif")]);

        string text = writer.ToString();
        Assert.Matches(@"\| heic-12mp \| 256px: ours / vips +\| +450\.0 \| +500\.0 \| +0\.90x \| +0\.80x \| +<= 1\.0x \| +yes \|", text);
        Assert.Matches(@"\| heic-12mp \| presets / ours 256px +\| +500\.0 \| +450\.0 \| +1\.11x \| +1\.13x \| +<= 1\.2x \| +yes \|", text);
        Assert.Matches(@"\| avif-12mp \| 256px: ours / vips +\| +900\.0 \| +600\.0 \| +1\.50x \| +1\.50x \| +- \| +- \|", text);
        Assert.DoesNotContain("jpeg-12mp", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NoHeifImage_WritesNothing()
    {
        using var writer = new StringWriter();

        HeifTargetTable.Write(writer, Rows, [Image("jpeg-12mp", ".jpg", "jpeg")]);

        Assert.Equal(string.Empty, writer.ToString());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A file with just the ftyp box of its kind: enough for HeifFiles to tell HEIC from AVIF.</summary>
    private BenchImage Image(string name, string extension, string brand)
    {
        string path = Path.Combine(_folder, name + extension);
        File.WriteAllBytes(path, [0, 0, 0, 24, .. "ftyp"u8, .. System.Text.Encoding.ASCII.GetBytes(brand), 0, 0, 0, 0, .. "mif1"u8, .. System.Text.Encoding.ASCII.GetBytes(brand)]);
        return new BenchImage(name, path, false);
    }
}
