using System.Text;
using System.Text.Json;
using ThumbnailService.Local.Bench;

namespace ThumbnailService.Local.Tests.Bench;

public sealed class DuplicateReportTests
{
    private static readonly string[] Heads =
    [
        "HEAD /thumbnails/large/a.jpg 200",
        "HEAD /thumbnails/medium/a.jpg 200",
        "HEAD /thumbnails/small/a.jpg 200",
    ];

    private static readonly DuplicateRow[] Rows =
    [
        new("jpeg-12mp", 5, 100, 2, 0.02, "3 HEAD", true, 0.5),
        new("jpeg-24mp", 5, 400, 16, 0.04, "3 HEAD, 1 GET", false, 2),
    ];

    [Theory]
    [InlineData(0.0123, "1.2%")]
    [InlineData(0.03, "3.0%")]
    [InlineData(double.NaN, "-")]
    public void Percent_Ratio_OneDecimalPercentOrDash(double ratio, string expected) =>
        Assert.Equal(expected, DuplicateReport.Percent(ratio));

    [Fact]
    public void From_Samples_MediansRatioAndHeadsOnly()
    {
        DuplicateSample[] samples = [new(100, 3, Heads, 0.4), new(120, 2, Heads, 0.6), new(80, 1.5, Heads, 0.5)];

        var row = DuplicateRow.From("jpeg-6mp", samples, "thumbnails", 3);

        Assert.Equal(("jpeg-6mp", 3, 100.0, 2.0, "3 HEAD", true), (row.Image, row.Runs, row.MedianFirstMs, row.MedianDuplicateMs, row.DuplicateRequests, row.HeadsOnly));
        Assert.Equal(0.02, row.Ratio, 10);
        Assert.Equal(0.5, row.MedianHeadMs);
        Assert.True(row.Within(DuplicateReport.TargetPercent));
    }

    [Fact]
    public void From_OneRunWithExtraGet_NotHeadsOnlyAndBothSummaries()
    {
        DuplicateSample[] samples = [new(100, 2, Heads), new(100, 30, [.. Heads, "GET /uploads/bench/1/a.jpg 200"])];

        var row = DuplicateRow.From("a", samples, "thumbnails", 3);

        Assert.False(row.HeadsOnly);
        Assert.Equal("3 HEAD | 3 HEAD, 1 GET", row.DuplicateRequests);
        Assert.False(row.Within(DuplicateReport.TargetPercent));
    }

    [Fact]
    public void Overall_Rows_GeometricMeansAndAllHeadsOnly()
    {
        var overall = DuplicateRow.Overall(Rows);

        Assert.Equal(10, overall.Runs);
        Assert.Equal(200, overall.MedianFirstMs, 6);
        Assert.Equal(Math.Sqrt(32), overall.MedianDuplicateMs, 6);
        Assert.Equal(Math.Sqrt(0.0008), overall.Ratio, 6);
        Assert.Equal(1, overall.MedianHeadMs, 6);
        Assert.False(overall.HeadsOnly);
    }

    [Fact]
    public void WriteTable_Rows_RatioRequestsTargetAndOverallInPlainAscii()
    {
        using var writer = new StringWriter();

        DuplicateReport.WriteTable(writer, Rows, "1.00 2.00 3.00 at start");

        var text = writer.ToString();
        Assert.Matches(@"\| jpeg-12mp +\| +5 \| +100\.0 \| +2\.00 \| +2\.0% \| +0\.50 \| 3 HEAD \(1 per preset\) +\| yes +\|", text);
        Assert.Matches(@"\| jpeg-24mp +\| +5 \| +400\.0 \| +16\.00 \| +4\.0% \| +2\.00 \| 3 HEAD, 1 GET \(NOT heads only\) +\| no +\|", text);
        Assert.Matches(@"\| geometric mean +\| +10 \| +200\.0 \| +5\.66 \| +2\.8% \| +1\.00 \| +\| yes +\|", text);
        Assert.Contains("load average (1/5/15 min): 1.00 2.00 3.00 at start", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteJson_Rows_FiguresTargetAndOverall()
    {
        using var stream = new MemoryStream();

        DuplicateReport.WriteJson(stream, Rows, "large:1024x1024:inside", "1.00 2.00 3.00");

        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        var root = json.RootElement;
        Assert.Equal(3, root.GetProperty("targetPercent").GetDouble());
        Assert.Equal("large:1024x1024:inside", root.GetProperty("presets").GetString());
        var second = root.GetProperty("images")[1];
        Assert.Equal(("jpeg-24mp", 400.0, 16.0, 4.0), (second.GetProperty("image").GetString(), second.GetProperty("medianFirstMs").GetDouble(),
            second.GetProperty("medianDuplicateMs").GetDouble(), second.GetProperty("ratioPercent").GetDouble()));
        Assert.Equal("3 HEAD, 1 GET", second.GetProperty("duplicateRequests").GetString());
        Assert.Equal(2, second.GetProperty("medianBareHeadMs").GetDouble());
        Assert.False(second.GetProperty("headsOnly").GetBoolean());
        Assert.False(second.GetProperty("withinTarget").GetBoolean());
        var overall = root.GetProperty("overall");
        Assert.Equal(Math.Round(Math.Sqrt(0.0008) * 100, 3), overall.GetProperty("ratioPercent").GetDouble());
        Assert.True(overall.GetProperty("withinTarget").GetBoolean());
    }
}
