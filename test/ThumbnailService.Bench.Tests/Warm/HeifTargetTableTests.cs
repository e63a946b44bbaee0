namespace ThumbnailService.Bench.Tests.Warm;

public sealed class HeifTargetTableTests
{
    private static readonly BenchRow[] Rows =
    [
        new("heic-12mp", BenchTask.Single, "ours", 7, 450, 440, 200, double.NaN),
        new("heic-12mp", BenchTask.Single, "vips", 7, 500, 550, 150, double.NaN),
        new("heic-12mp", BenchTask.Presets, "ours", 7, 500, 495, 210, double.NaN),
        new("jpeg-12mp", BenchTask.Single, "ours", 7, 30, 30, 60, 1.5),
    ];

    [Fact]
    public void Targets_HeifImage_OursAgainstVipsAndPresetsAgainstSingle()
    {
        var targets = HeifTargetTable.Targets(Rows, ["heic-12mp"]).ToArray();

        Assert.Equal(2, targets.Length);
        Assert.Equal(("256px: ours / vips", 450.0, 500.0, 0.9, 0.8), (targets[0].Name, targets[0].OursMs, targets[0].AgainstMs, targets[0].Ratio, targets[0].CpuRatio));
        Assert.Equal(("presets / ours 256px", 500.0, 450.0, 1.2), (targets[1].Name, targets[1].OursMs, targets[1].AgainstMs, targets[1].Goal));
        Assert.Equal(500.0 / 450.0, targets[1].Ratio, 6);
    }

    [Fact]
    public void Write_HeifImage_PlainTableWithRatiosGoalsAndVerdicts()
    {
        using var writer = new StringWriter();

        HeifTargetTable.Write(writer, Rows, [new BenchImage("heic-12mp", "/c/heic-12mp.heic", false), new BenchImage("jpeg-12mp", "/c/jpeg-12mp.jpg", false)]);

        string text = writer.ToString();
        Assert.Matches(@"\| heic-12mp \| 256px: ours / vips +\| +450\.0 \| +500\.0 \| +0\.90x \| +0\.80x \| +<= 1\.0x \| +yes \|", text);
        Assert.Matches(@"\| heic-12mp \| presets / ours 256px +\| +500\.0 \| +450\.0 \| +1\.11x \| +1\.13x \| +<= 1\.2x \| +yes \|", text);
        Assert.DoesNotContain("jpeg-12mp", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NoHeifImage_WritesNothing()
    {
        using var writer = new StringWriter();

        HeifTargetTable.Write(writer, Rows, [new BenchImage("jpeg-12mp", "/c/jpeg-12mp.jpg", false)]);

        Assert.Equal(string.Empty, writer.ToString());
    }
}
