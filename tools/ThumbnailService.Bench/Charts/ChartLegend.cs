namespace ThumbnailService.Bench.Charts;

/// <summary>One row of colour swatches with tool names.</summary>
internal static class ChartLegend
{
    public static void Draw(SvgCanvas svg, IReadOnlyList<string> tools, IReadOnlyDictionary<string, string> colours, double x, double y)
    {
        ArgumentNullException.ThrowIfNull(svg);
        ArgumentNullException.ThrowIfNull(tools);
        foreach (var tool in tools)
        {
            svg.Rect(x, y - 9, 12, 12, colours[tool]);
            svg.Text(x + 16, y + 1, tool, 12);
            x += 30 + (tool.Length * 7.5);
        }
    }
}
