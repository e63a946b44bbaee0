using System.Text.Json;
using ThumbnailService.Bench.Charts;

namespace ThumbnailService.Bench.Tests.Charts;

public sealed class BenchJsonReaderTests
{
    [Fact]
    public void ReadReport_WhatTheBenchWrote_SameRowsSummariesAndNotMeasuredAsNaN()
    {
        var report = new BenchReport(
            [new BenchRow("a", BenchTask.Presets, "ours", 7, 30, 28.25, 60, 1.5, 1.25), new BenchRow("a", BenchTask.Single, "ours-aot-cold", 7, 120, double.NaN, 90, double.NaN)],
            [new BenchSummary("ours", BenchTask.Presets, 1.5, 1, 1.25)],
            "sharp",
            "1 2 3",
            ["note"]);
        using var stream = new MemoryStream();
        BenchJsonWriter.Write(stream, report);

        using var document = JsonDocument.Parse(stream.ToArray());
        var read = BenchJsonReader.ReadReport(document.RootElement);

        Assert.Equal(report.Rows[0], read.Rows[0]);
        Assert.True(double.IsNaN(read.Rows[1].MedianCpuMs) && double.IsNaN(read.Rows[1].RatioToReference));
        Assert.Equal(report.Summaries, read.Summaries);
        Assert.Equal(("sharp", "1 2 3", "note"), (read.ReferenceTool, read.LoadAverage, read.Notes.Single()));
        Assert.False(BenchJsonReader.IsCold(document.RootElement));
    }

    [Fact]
    public void ReadCold_WhatTheColdBenchWrote_SameRows()
    {
        ColdRow[] rows = [new("aot-v3", "AOT", 9, 141.7, 121.3, 32, 16.4, 34.9), new("bare-aot-v3", "bare", 9, 64.2, 59.2, 14, 6.6)];
        using var stream = new MemoryStream();
        ColdReport.WriteJson(stream, rows, "1 2 3");

        using var document = JsonDocument.Parse(stream.ToArray());

        Assert.True(BenchJsonReader.IsCold(document.RootElement));
        var read = BenchJsonReader.ReadCold(document.RootElement);
        Assert.Equal(rows[0], read[0]);
        Assert.True(double.IsNaN(read[1].MedianInitMs));
    }
}
