using System.Text.Json;

namespace ThumbnailService.Bench.Tests.Lambda;

public sealed class LambdaReportTests
{
    private static readonly LambdaReport Report = new(
        [LambdaRows.Row(512, warmMs: 900, coldMs: 1000), LambdaRows.Row(1024, warmMs: 400, coldMs: 450), LambdaRows.Row(1769, warmMs: 300) with { Failures = ["photo (cold): ProcessExited"] }],
        ["photo"],
        LambdaPrice.X86UsEast1,
        "UNTHROTTLED: test",
        "1.00 1.00 1.00");

    [Fact]
    public void Write_ThreeSettings_RowsCheapestAndPrice()
    {
        using var writer = new StringWriter();

        LambdaTable.Write(writer, Report);

        var text = writer.ToString();
        Assert.Matches(@"\| 512 +\| +0\.29 \| +28943 \| +900 \| +450\.00 \| +0\.00770 \| +1000 \| +500\.00 \| +0\.00853 \| +100 \| +\|", text);
        Assert.Matches(@"\| 1769 +\| +1\.00 \| +100000 \| +300 \| .*failed: photo \(cold\): ProcessExited", text);
        Assert.Contains("cheapest setting (warm): 1024 MB, $0.00687 per 1,000 sources, 400 ms per source", text, StringComparison.Ordinal);
        Assert.Contains("cheapest setting (cold): 1024 MB", text, StringComparison.Ordinal);
        Assert.Contains("$0.0000166667 per GB-second", text.ReplaceLineEndings(" "), StringComparison.Ordinal);
    }

    [Fact]
    public void Cheapest_NoRow_SaysNone() =>
        Assert.Equal("cheapest setting (warm): none (no setting rendered every source within its memory)", LambdaTable.Cheapest("warm", null, LambdaMode.Warm));

    [Fact]
    public void WriteJson_ThreeSettings_CostsPriceDateAndCheapest()
    {
        using var stream = new MemoryStream();

        LambdaJsonWriter.Write(stream, Report);

        var root = JsonDocument.Parse(stream.ToArray()).RootElement;
        Assert.Equal(("2026-12-04", 1024, 1024), (root.GetProperty("priceDate").GetString(), root.GetProperty("cheapestWarmMb").GetInt32(), root.GetProperty("cheapestColdMb").GetInt32()));
        var first = root.GetProperty("settings")[0];
        Assert.Equal((512, 28943, 450.0, 900.0), (first.GetProperty("memoryMb").GetInt32(), first.GetProperty("cfsQuotaUs").GetInt32(), first.GetProperty("warm").GetProperty("gbSecondsPer1000").GetDouble(), first.GetProperty("warm").GetProperty("medianMs").GetProperty("photo").GetDouble()));
        var last = root.GetProperty("settings")[2];
        Assert.False(last.GetProperty("cold").TryGetProperty("usdPer1000", out _));
        Assert.Equal("photo (cold): ProcessExited", last.GetProperty("failures")[0].GetString());
    }
}
