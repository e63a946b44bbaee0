using System.Text;
using System.Text.Json;

namespace ThumbnailService.Bench.Tests.Warm;

public sealed class BenchReportWriterTests
{
    private static readonly BenchReport Report = new(
        [
            new BenchRow("jpeg-12mp", BenchTask.Single, "sharp", 7, 20, 19.5, 80, 1),
            new BenchRow("jpeg-12mp", BenchTask.Single, "ours", 7, 30, 28.25, 60, 1.5, 1.25),
            new BenchRow("jpeg-12mp", BenchTask.Presets, "ours-aot-cold", 7, 120, double.NaN, 90, double.NaN),
        ],
        [new BenchSummary("ours", BenchTask.Single, 1.5, 1, 1.25)],
        "sharp",
        "6.10 7.20 7.30 at start, 6.50 7.00 7.20 at end",
        ["vips: not measured: not installed"]);

    [Fact]
    public void Write_Table_RowsRatiosSummaryLoadAndNotesInPlainAscii()
    {
        using var writer = new StringWriter();

        BenchTable.Write(writer, Report);

        var text = writer.ToString();
        Assert.Contains("| jpeg-12mp", text, StringComparison.Ordinal);
        Assert.Matches(@"\| ours +\| +7 \| +30\.0 \| +28\.3 \| +60 \| +1\.50x \| +1\.25x \|", text);
        Assert.Matches(@"\| ours-aot-cold +\| +7 \| +120\.0 \| +- \| +90 \| +- \| +- \|", text);
        Assert.Matches(@"\| ours +\| 256px +\| +1 \| +1\.50x \| +1\.25x \|", text);
        Assert.Contains("load average (1/5/15 min): 6.10 7.20 7.30 at start", text, StringComparison.Ordinal);
        Assert.Contains("vips: not measured: not installed", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Json_SameFiguresWithNullForNotMeasured()
    {
        using var stream = new MemoryStream();

        BenchJsonWriter.Write(stream, Report);

        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        var root = json.RootElement;
        Assert.Equal("sharp", root.GetProperty("referenceTool").GetString());
        Assert.StartsWith("6.10 7.20 7.30", root.GetProperty("loadAverage").GetString(), StringComparison.Ordinal);
        var ours = root.GetProperty("rows")[1];
        Assert.Equal("ours", ours.GetProperty("tool").GetString());
        Assert.Equal("256px", ours.GetProperty("task").GetString());
        Assert.Equal(30, ours.GetProperty("medianMs").GetDouble());
        Assert.Equal(28.25, ours.GetProperty("medianCpuMs").GetDouble());
        Assert.Equal(1.5, ours.GetProperty("ratioToReference").GetDouble());
        Assert.Equal(1.25, ours.GetProperty("cpuRatioToReference").GetDouble());
        var cold = root.GetProperty("rows")[2];
        Assert.Equal("presets", cold.GetProperty("task").GetString());
        Assert.Equal(JsonValueKind.Null, cold.GetProperty("medianCpuMs").ValueKind);
        Assert.Equal(JsonValueKind.Null, cold.GetProperty("ratioToReference").ValueKind);
        Assert.Equal(1.5, root.GetProperty("summaries")[0].GetProperty("geometricMeanRatio").GetDouble());
        Assert.Equal(1.25, root.GetProperty("summaries")[0].GetProperty("geometricMeanCpuRatio").GetDouble());
        Assert.Equal("vips: not measured: not installed", root.GetProperty("notes")[0].GetString());
    }

    [Fact]
    public void WriteTable_ColdRows_MedianInitPeakAndSize()
    {
        using var writer = new StringWriter();

        ColdReport.WriteTable(writer, [new ColdRow("aot-v3", "Native AOT", 7, 91.25, 85, 61, 14.5, 40)], "5.0 5.0 5.0");

        Assert.Matches(@"\| aot-v3 +\| Native AOT +\| +7 \| +91\.3 \| +85\.0 \| +40\.0 \| +61 \| +14\.5 \|", writer.ToString());
    }
}
