using System.Text;
using System.Text.Json;

namespace ThumbnailService.Bench.Tests.Duplicate;

public sealed class DuplicateReportTests
{
    private static readonly string[] Heads = ["HEAD /thumbnails/meta/a.jpg.json 200"];

    private static readonly DuplicateRow[] Rows =
    [
        new("jpeg-12mp", 5, 100, new(0.5, 0.005, "none", true), new(2, 0.02, "1 HEAD", true), 0.5),
        new("jpeg-24mp", 5, 400, new(8, 0.02, "1 HEAD", false), new(16, 0.04, "1 HEAD, 1 GET", false), 2),
    ];

    [Theory]
    [InlineData(0.0123, "1.2%")]
    [InlineData(0.03, "3.0%")]
    [InlineData(double.NaN, "-")]
    public void Percent_Ratio_OneDecimalPercentOrDash(double ratio, string expected) =>
        Assert.Equal(expected, DuplicateReport.Percent(ratio));

    [Fact]
    public void From_Samples_MediansRatiosAndExpectedRequests()
    {
        DuplicateSample[] samples = [Sample(100, 0.3, 3, 0.4), Sample(120, 0.2, 2, 0.6), Sample(80, 0.4, 1.5, 0.5)];

        var row = DuplicateRow.From("jpeg-6mp", samples, "thumbnails", "meta/");

        Assert.Equal(("jpeg-6mp", 3, 100.0, 0.5), (row.Image, row.Runs, row.MedianFirstMs, row.MedianHeadMs));
        Assert.Equal((0.3, "none", true), (row.Same.MedianMs, row.Same.Requests, row.Same.AsExpected));
        Assert.Equal(0.003, row.Same.Ratio, 10);
        Assert.Equal((2.0, "1 HEAD", true), (row.Other.MedianMs, row.Other.Requests, row.Other.AsExpected));
        Assert.Equal(0.02, row.Other.Ratio, 10);
        Assert.True(row.Same.Within(DuplicateReport.TargetPercent) && row.Other.Within(DuplicateReport.TargetPercent));
    }

    [Fact]
    public void From_OtherRunWithExtraGet_NotHeadsOnlyAndBothSummaries()
    {
        DuplicateSample[] samples = [Sample(100, 0.2, 2), new(100, new(0.2, []), new(30, [.. Heads, "GET /uploads/bench/1/a.jpg 200"]))];

        var row = DuplicateRow.From("a", samples, "thumbnails", "meta/");

        Assert.False(row.Other.AsExpected);
        Assert.Equal("1 HEAD | 1 HEAD, 1 GET", row.Other.Requests);
        Assert.False(row.Other.Within(DuplicateReport.TargetPercent));
        Assert.True(row.Same.AsExpected);
    }

    [Fact]
    public void From_SameSandboxRequest_NotAsExpected()
    {
        DuplicateSample[] samples = [Sample(100, 0.2, 2), new(100, new(2, Heads), new(2, Heads))];

        var row = DuplicateRow.From("a", samples, "thumbnails", "meta/");

        Assert.Equal(("none | 1 HEAD", false), (row.Same.Requests, row.Same.AsExpected));
    }

    [Fact]
    public void Overall_Rows_GeometricMeansOfBothKinds()
    {
        var overall = DuplicateRow.Overall(Rows);

        Assert.Equal(10, overall.Runs);
        Assert.Equal(200, overall.MedianFirstMs, 6);
        Assert.Equal((2.0, Math.Sqrt(0.0001)), (Math.Round(overall.Same.MedianMs, 6), Math.Round(overall.Same.Ratio, 6)));
        Assert.Equal(Math.Sqrt(32), overall.Other.MedianMs, 6);
        Assert.Equal(Math.Sqrt(0.0008), overall.Other.Ratio, 6);
        Assert.Equal(1, overall.MedianHeadMs, 6);
        Assert.False(overall.Same.AsExpected || overall.Other.AsExpected);
    }

    [Theory]
    [InlineData("none", true, "none")]
    [InlineData("1 HEAD", false, "1 HEAD (expected none)")]
    public void SameRequests_Figures_NoneOrExpectedNone(string requests, bool asExpected, string expected) =>
        Assert.Equal(expected, DuplicateReport.SameRequests(new(1, 0.01, requests, asExpected)));

    [Theory]
    [InlineData("1 HEAD", true, "1 HEAD (the manifest)")]
    [InlineData("3 HEAD, 1 GET", false, "3 HEAD, 1 GET (NOT one manifest HEAD)")]
    public void OtherRequests_Figures_TheManifestOrNotOneManifestHead(string requests, bool asExpected, string expected) =>
        Assert.Equal(expected, DuplicateReport.OtherRequests(new(1, 0.01, requests, asExpected)));

    [Fact]
    public void WriteTable_Rows_BothDuplicatesRequestsTargetsAndOverallInPlainAscii()
    {
        using var writer = new StringWriter();

        DuplicateReport.WriteTable(writer, Rows, "1.00 2.00 3.00 at start");

        var text = writer.ToString();
        Assert.Matches(
            @"\| jpeg-12mp +\| +5 \| +100\.0 \| +0\.50 \| +0\.5% \| none +\| +2\.00 \| +2\.0% \| 1 HEAD \(the manifest\) +\| +0\.50 \| yes +\| yes +\|", text);
        Assert.Matches(
            @"\| jpeg-24mp +\| +5 \| +400\.0 \| +8\.00 \| +2\.0% \| 1 HEAD \(expected none\) +\| +16\.00 \| +4\.0% \| 1 HEAD, 1 GET \(NOT one manifest HEAD\) +\| +2\.00 \| yes +\| no +\|",
            text);
        Assert.Matches(@"\| geometric mean +\| +10 \| +200\.0 \| +2\.00 \| +1\.0% \| +\| +5\.66 \| +2\.8% \| +\| +1\.00 \| yes +\| yes +\|", text);
        Assert.Contains("load average (1/5/15 min): 1.00 2.00 3.00 at start", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteJson_Rows_BothDuplicatesTargetAndOverall()
    {
        using var stream = new MemoryStream();

        DuplicateReport.WriteJson(stream, Rows, "large:1024x1024:inside", "1.00 2.00 3.00");

        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        var root = json.RootElement;
        Assert.Equal((3.0, "large:1024x1024:inside"), (root.GetProperty("targetPercent").GetDouble(), root.GetProperty("presets").GetString()));
        var second = root.GetProperty("images")[1];
        Assert.Equal(("jpeg-24mp", 400.0, 2.0), (second.GetProperty("image").GetString(), second.GetProperty("medianFirstMs").GetDouble(),
            second.GetProperty("medianBareHeadMs").GetDouble()));
        var same = second.GetProperty("sameSandbox");
        Assert.Equal((8.0, 2.0, "1 HEAD", false, true), (same.GetProperty("medianMs").GetDouble(), same.GetProperty("ratioPercent").GetDouble(),
            same.GetProperty("requests").GetString(), same.GetProperty("noS3Request").GetBoolean(), same.GetProperty("withinTarget").GetBoolean()));
        var other = second.GetProperty("otherSandbox");
        Assert.Equal((16.0, 4.0, "1 HEAD, 1 GET", false, false), (other.GetProperty("medianMs").GetDouble(), other.GetProperty("ratioPercent").GetDouble(),
            other.GetProperty("requests").GetString(), other.GetProperty("oneManifestHead").GetBoolean(), other.GetProperty("withinTarget").GetBoolean()));
        var overall = root.GetProperty("overall");
        Assert.Equal(Math.Round(Math.Sqrt(0.0008) * 100, 3), overall.GetProperty("otherSandbox").GetProperty("ratioPercent").GetDouble());
        Assert.False(overall.GetProperty("sameSandbox").TryGetProperty("requests", out _));
        Assert.True(overall.GetProperty("otherSandbox").GetProperty("withinTarget").GetBoolean());
    }

    private static DuplicateSample Sample(double firstMs, double sameMs, double otherMs, double headMs = double.NaN) =>
        new(firstMs, new(sameMs, []), new(otherMs, Heads), headMs);
}
