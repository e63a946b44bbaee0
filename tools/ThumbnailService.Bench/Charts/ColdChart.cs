using System.Globalization;

namespace ThumbnailService.Bench.Charts;

/// <summary>
/// The SVG chart of <c>thumbs bench --cold</c>: one bar per build, median ms from exec to the first thumbnail on a
/// linear axis from 0, its init part (exec to the first /next) darker, a tick at the fastest run.
/// </summary>
internal static class ColdChart
{
    private const double Width = 960, LabelWidth = 120, ValueWidth = 150, RowHeight = 42;
    private static readonly int[] Multiples = [1, 2, 5, 10];

    public static string Render(IReadOnlyList<ColdRow> rows, string loadAverage)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var measured = rows.Where(r => double.IsFinite(r.MedianMs)).ToList();
        double max = NiceCeiling(measured.Select(r => Math.Max(r.MedianMs, double.IsFinite(r.MinMs) ? r.MinMs : 0)).DefaultIfEmpty(1).Max());
        double left = LabelWidth, right = Width - ValueWidth;
        double X(double ms) => left + ((right - left) * Math.Clamp(ms, 0, max) / max);
        double top = 78, bottom = top + (rows.Count * RowHeight);
        var svg = new SvgCanvas(Width, bottom + 30);

        svg.Text(10, 22, "Cold start: exec to the first 256 px thumbnail of a 12 MP JPEG, median ms per build", 15, bold: true);
        svg.Text(10, 40, $"darker part: init (exec to the first /next); tick: fastest run; load average (1/5/15 min): {loadAverage}", 11, fill: "#555");
        foreach (var tick in Ticks(max))
        {
            svg.Line(X(tick), top - 6, X(tick), bottom, tick == 0 ? "#000" : "#ddd", dashed: tick != 0);
            svg.Text(X(tick), bottom + 14, tick.ToString("0", CultureInfo.InvariantCulture) + " ms", 10, "middle", "#555");
        }

        for (int i = 0; i < rows.Count; i++)
        {
            DrawRow(svg, rows[i], top + (i * RowHeight), X);
        }

        return svg.ToString();
    }

    private static void DrawRow(SvgCanvas svg, ColdRow row, double y, Func<double, double> x)
    {
        svg.Text(LabelWidth - 8, y + 26, row.Variant, 12, "end", bold: true);
        svg.Text(LabelWidth, y + 10, row.Description, 10, fill: "#555");
        if (!double.IsFinite(row.MedianMs))
        {
            svg.Text(LabelWidth + 4, y + 26, "-", 12);
            return;
        }

        var median = row.MedianMs.ToString("0.0", CultureInfo.InvariantCulture);
        svg.Rect(LabelWidth, y + 15, x(row.MedianMs) - LabelWidth, 14, "#4393c3", $"{row.Variant}: median {median} ms");
        if (double.IsFinite(row.MedianInitMs))
        {
            svg.Rect(LabelWidth, y + 15, x(row.MedianInitMs) - LabelWidth, 14, "#2166ac", $"{row.Variant}: init {row.MedianInitMs.ToString("0.0", CultureInfo.InvariantCulture)} ms");
        }

        if (double.IsFinite(row.MinMs))
        {
            svg.Line(x(row.MinMs), y + 12, x(row.MinMs), y + 32, "#000", 1.5);
        }

        svg.Text(x(row.MedianMs) + 6, y + 26, $"{median} ms", 11);
    }

    /// <summary>1, 2 or 5 times a power of ten, at least <paramref name="value"/>.</summary>
    internal static double NiceCeiling(double value)
    {
        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(Math.Max(value, 1e-9))));
        return Multiples.Select(m => m * magnitude).First(candidate => candidate >= value);
    }

    private static IEnumerable<double> Ticks(double max)
    {
        double step = NiceCeiling(max / 5);
        for (double tick = 0; tick <= max + (step / 2); tick += step)
        {
            yield return tick;
        }
    }
}
