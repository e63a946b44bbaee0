using System.Text.Json;

namespace ThumbnailService.Bench.Tests.Cold;

public sealed class ColdReportTests
{
    private static readonly ColdRow Bare = new(ColdVariant.Bare, "console app", 7, 88.4, 80, double.NaN, 12.5);

    [Fact]
    public void WriteTable_BareRowWithoutInitOrRss_Dashes()
    {
        using var writer = new StringWriter();

        ColdReport.WriteTable(writer, [Bare with { PeakRssMb = 55 }, Bare with { Variant = "no-rss" }], "1.0 1.0 1.0");

        Assert.Matches(@"\| bare-aot-v3 +\| console app +\| +7 \| +88\.4 \| +80\.0 \| +- \| +55 \| +12\.5 \|", writer.ToString());
        Assert.Matches(@"\| no-rss +\| console app +\| +7 \| +88\.4 \| +80\.0 \| +- \| +- \| +12\.5 \|", writer.ToString());
    }

    [Fact]
    public void WriteJson_NotMeasuredInitAndRss_LeftOut()
    {
        using var stream = new MemoryStream();

        ColdReport.WriteJson(stream, [Bare], "1.0 1.0 1.0");

        var build = JsonDocument.Parse(stream.ToArray()).RootElement.GetProperty("builds")[0];
        Assert.Equal(("bare-aot-v3", 88.4), (build.GetProperty("build").GetString(), build.GetProperty("medianMs").GetDouble()));
        Assert.False(build.TryGetProperty("medianInitMs", out _));
        Assert.False(build.TryGetProperty("peakRssMb", out _));
    }
}
