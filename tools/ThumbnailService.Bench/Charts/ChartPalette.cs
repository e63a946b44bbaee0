namespace ThumbnailService.Bench.Charts;

/// <summary>Bar colours: ours always green, other tools from a fixed, colour-blind-safe list in order of appearance.</summary>
internal static class ChartPalette
{
    private static readonly string[] Others = ["#2166ac", "#b2182b", "#8073ac", "#e08214", "#35978f", "#777777"];

    public static IReadOnlyDictionary<string, string> For(IEnumerable<string> tools)
    {
        var colours = new Dictionary<string, string>(StringComparer.Ordinal);
        int next = 0;
        foreach (var tool in tools.Distinct(StringComparer.Ordinal))
        {
            colours[tool] = tool == "ours" ? "#1b7837" : Others[next++ % Others.Length];
        }

        return colours;
    }
}
