using ThumbnailService.Bench.Charts;

namespace ThumbnailService.Bench.Tests.Charts;

public sealed class ColdChartTests
{
    private static readonly ColdRow[] Rows =
    [
        new("aot-v3", "Native AOT <default>", 9, 140, 120, 32, 16.4, 35),
        new("jit", "JIT", 9, 870, 810, 86, 4.4, 280),
        new("bare-aot-v3", "bare render", 9, 64, 59, 14, 6.6),
    ];

    [Fact]
    public void Render_Builds_MedianBarsProportionalFromZeroWithInitInside()
    {
        var bars = BenchChartTests.Bars(BenchChartTests.Svg(ColdChart.Render(Rows, "1 2 3")));

        var aot = bars.Single(b => b.Title == "aot-v3: median 140.0 ms");
        var jit = bars.Single(b => b.Title == "jit: median 870.0 ms");
        var bare = bars.Single(b => b.Title == "bare-aot-v3: median 64.0 ms");
        var init = bars.Single(b => b.Title == "aot-v3: init 35.0 ms");
        Assert.Equal(aot.X, jit.X);
        Assert.Equal(870.0 / 140, jit.Width / aot.Width, tolerance: 0.01);
        Assert.Equal(64.0 / 140, bare.Width / aot.Width, tolerance: 0.01);
        Assert.Equal(35.0 / 140, init.Width / aot.Width, tolerance: 0.01);
        Assert.DoesNotContain(bars, b => b.Title.StartsWith("bare-aot-v3: init", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_DescriptionWithMarkup_EscapedAsText()
    {
        var svg = ColdChart.Render(Rows, "1 2 3");

        Assert.Contains(BenchChartTests.Svg(svg).Descendants().Where(e => e.Name.LocalName == "text"), t => t.Value == "Native AOT <default>");
    }

    [Theory]
    [InlineData(870, 1000)]
    [InlineData(1000, 1000)]
    [InlineData(141, 200)]
    [InlineData(64, 100)]
    [InlineData(0.3, 0.5)]
    public void NiceCeiling_Value_OneTwoOrFiveTimesAPowerOfTen(double value, double expected)
    {
        Assert.Equal(expected, ColdChart.NiceCeiling(value), 6);
    }
}
