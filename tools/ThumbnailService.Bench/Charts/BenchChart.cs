using System.Globalization;

namespace ThumbnailService.Bench.Charts;

/// <summary>
/// The SVG chart of a <c>thumbs bench</c> run: for each task, per image, one bar per tool with its median wall-time ratio
/// to the reference tool (sharp) on a log axis, drawn from the 1x line (left: faster than sharp, right: slower), then the
/// geometric mean over images. Figures that were not measured show as "-".
/// </summary>
internal static class BenchChart
{
    private const double Width = 960, LabelWidth = 190, ValueWidth = 60, BarHeight = 11, BarGap = 2, GroupGap = 9;

    public static string Render(BenchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var tools = report.Rows.Select(r => r.Tool).Concat(report.Summaries.Select(s => s.Tool))
            .Where(t => t != report.ReferenceTool).Distinct(StringComparer.Ordinal).ToList();
        var colours = ChartPalette.For(tools);
        var groups = Enum.GetValues<BenchTask>().Select(task => (Task: task, Bars: Groups(report, task))).Where(p => p.Bars.Count > 0).ToList();
        var scale = new LogScale(groups.SelectMany(p => p.Bars).SelectMany(g => g.Ratios.Values), LabelWidth, Width - ValueWidth);
        double groupHeight = (tools.Count * (BarHeight + BarGap)) + GroupGap;
        double height = 90 + groups.Sum(p => 50 + (p.Bars.Count * groupHeight));
        var svg = new SvgCanvas(Width, height);

        svg.Text(10, 22, $"Median time per image, ratio to {report.ReferenceTool} (log scale; left of the {report.ReferenceTool} line = faster)", 15, bold: true);
        svg.Text(10, 40, $"load average (1/5/15 min): {report.LoadAverage}", 11, fill: "#555");
        ChartLegend.Draw(svg, tools, colours, 10, 58);
        double y = 80;
        foreach (var (task, bars) in groups)
        {
            svg.Text(10, y + 14, TaskTitle(task), 13, bold: true);
            y += 24;
            DrawAxis(svg, scale, report.ReferenceTool, y, y + (bars.Count * groupHeight)); // grid first, bars over it
            foreach (var group in bars)
            {
                DrawGroup(svg, scale, group, tools, colours, y);
                y += groupHeight;
            }

            y += 26;
        }

        return svg.ToString();
    }

    private static List<RatioGroup> Groups(BenchReport report, BenchTask task)
    {
        var groups = report.Rows.Where(r => r.Task == task && r.Tool != report.ReferenceTool)
            .GroupBy(r => r.Image, StringComparer.Ordinal)
            .Select(g => new RatioGroup(g.Key, g.ToDictionary(r => r.Tool, r => r.RatioToReference, StringComparer.Ordinal)))
            .ToList();
        var means = report.Summaries.Where(s => s.Task == task && s.Tool != report.ReferenceTool).ToDictionary(s => s.Tool, s => s.GeometricMeanRatio, StringComparer.Ordinal);
        if (means.Count > 0)
        {
            groups.Add(new RatioGroup("geometric mean", means));
        }

        return groups;
    }

    private static void DrawGroup(SvgCanvas svg, LogScale scale, RatioGroup group, List<string> tools, IReadOnlyDictionary<string, string> colours, double y)
    {
        svg.Text(LabelWidth - 8, y + BarHeight, group.Label, 12, "end", bold: group.Label == "geometric mean");
        double one = scale.X(1);
        for (int i = 0; i < tools.Count; i++)
        {
            double top = y + (i * (BarHeight + BarGap));
            if (!group.Ratios.TryGetValue(tools[i], out var ratio) || !double.IsFinite(ratio))
            {
                continue;
            }

            double end = scale.X(ratio);
            var text = $"{tools[i]}: {ratio.ToString("0.00", CultureInfo.InvariantCulture)}x";
            svg.Rect(Math.Min(one, end), top, Math.Max(1, Math.Abs(end - one)), BarHeight, colours[tools[i]], $"{group.Label}, {text}");
            svg.Text(Math.Max(one, end) + 4, top + BarHeight - 1.5, ratio.ToString("0.00", CultureInfo.InvariantCulture) + "x", 10, fill: "#333");
        }
    }

    private static void DrawAxis(SvgCanvas svg, LogScale scale, string reference, double top, double bottom)
    {
        foreach (var tick in scale.Ticks)
        {
            double x = scale.X(tick);
            svg.Line(x, top - 4, x, bottom, tick == 1 ? "#000" : "#ccc", tick == 1 ? 1.5 : 1, dashed: tick != 1);
            var label = tick.ToString("0.###", CultureInfo.InvariantCulture) + "x" + (tick == 1 ? $" ({reference})" : string.Empty);
            svg.Text(x, bottom + 14, label, 10, "middle", tick == 1 ? "#000" : "#555");
        }
    }

    private static string TaskTitle(BenchTask task) => task == BenchTask.Single
        ? "256px: one 256 px thumbnail (JPEG q80)"
        : "presets: the default preset set (1024 / 512 px inside, 256 px cover)";

    private sealed record RatioGroup(string Label, IReadOnlyDictionary<string, double> Ratios);
}
