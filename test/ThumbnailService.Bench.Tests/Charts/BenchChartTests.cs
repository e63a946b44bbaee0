using System.Globalization;
using System.Xml.Linq;
using ThumbnailService.Bench.Charts;

namespace ThumbnailService.Bench.Tests.Charts;

public sealed class BenchChartTests
{
    private static readonly BenchReport Report = new(
        [
            new BenchRow("jpeg-12mp", BenchTask.Single, "sharp", 7, 40, 40, 80, 1),
            new BenchRow("jpeg-12mp", BenchTask.Single, "ours", 7, 20, 20, 60, 0.5),
            new BenchRow("jpeg-12mp", BenchTask.Single, "vips", 7, 160, 160, 60, 4),
            new BenchRow("<b>&\"png\"", BenchTask.Single, "sharp", 7, 40, 40, 80, 1),
            new BenchRow("<b>&\"png\"", BenchTask.Single, "ours", 7, 40, 40, 80, 1),
            new BenchRow("<b>&\"png\"", BenchTask.Single, "vips", 0, double.NaN, double.NaN, double.NaN, double.NaN),
            new BenchRow("jpeg-12mp", BenchTask.Presets, "sharp", 7, 100, 100, 200, 1),
            new BenchRow("jpeg-12mp", BenchTask.Presets, "ours", 7, 80, 50, 90, 0.8),
        ],
        [new BenchSummary("ours", BenchTask.Single, 0.71, 2), new BenchSummary("vips", BenchTask.Single, 4, 1), new BenchSummary("ours", BenchTask.Presets, 0.8, 1)],
        "sharp",
        "1.00 2.00 3.00 at start, 1.50 2.50 3.50 at end",
        []);

    [Fact]
    public void Render_Report_OneBarPerMeasuredToolAndImageAndTaskPlusGeometricMeans()
    {
        var bars = Bars(Svg(BenchChart.Render(Report)));

        Assert.Equal(
            [
                "jpeg-12mp, ours: 0.50x", "jpeg-12mp, vips: 4.00x", "<b>&\"png\", ours: 1.00x",
                "geometric mean, ours: 0.71x", "geometric mean, vips: 4.00x",
                "jpeg-12mp, ours: 0.80x", "geometric mean, ours: 0.80x",
            ],
            bars.Select(b => b.Title));
    }

    [Fact]
    public void Render_Ratios_BarsStartAtTheOneXLineAndLengthsFollowTheLogScale()
    {
        var bars = Bars(Svg(BenchChart.Render(Report)));

        var half = bars.Single(b => b.Title == "jpeg-12mp, ours: 0.50x");
        var four = bars.Single(b => b.Title == "jpeg-12mp, vips: 4.00x");
        var one = bars.Single(b => b.Title == "<b>&\"png\", ours: 1.00x");
        Assert.Equal(half.X + half.Width, four.X, tolerance: 0.2); // 0.5x ends where 4x starts: the 1x line
        Assert.Equal(2 * half.Width, four.Width, tolerance: 0.2);  // |log2(4)| = 2 x |log2(0.5)|
        Assert.Equal(four.X, one.X, tolerance: 0.2);
        Assert.True(one.Width <= 1, "a 1.00x bar has no length");
    }

    [Fact]
    public void Render_ImageNameWithMarkup_EscapedAndLoadAverageShown()
    {
        var svg = BenchChart.Render(Report);
        var document = Svg(svg);

        Assert.Contains(document.Descendants().Where(e => e.Name.LocalName == "text"), t => t.Value == "<b>&\"png\"");
        Assert.DoesNotContain("<b>", svg, StringComparison.Ordinal);
        Assert.Contains(document.Descendants().Where(e => e.Name.LocalName == "text"), t => t.Value.Contains("1.00 2.00 3.00 at start", StringComparison.Ordinal));
    }

    internal static XDocument Svg(string svg)
    {
        var document = XDocument.Parse(svg);
        Assert.Equal(XName.Get("svg", "http://www.w3.org/2000/svg"), document.Root!.Name);
        return document;
    }

    internal static List<(string Title, double X, double Width)> Bars(XDocument svg) =>
        svg.Descendants().Where(e => e.Name.LocalName == "rect" && e.Elements().Any(t => t.Name.LocalName == "title"))
            .Select(e => (e.Elements().Single().Value, Number(e, "x"), Number(e, "width")))
            .ToList();

    private static double Number(XElement element, string name) => double.Parse(element.Attribute(name)!.Value, CultureInfo.InvariantCulture);
}
