using System.Globalization;

namespace ThumbnailService.Bench.Warm;

/// <summary>One preset as the peers need it: name, box and whether it covers (crops) or fits inside.</summary>
internal sealed record BenchPreset(string Name, int Width, int Height, bool Cover)
{
    /// <summary>Parses <c>name:WxH:fit,...</c> (the bench's own fixed texts; fit is inside or cover).</summary>
    public static IReadOnlyList<BenchPreset> ParseList(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Parse).ToArray();

    public string Box => string.Create(CultureInfo.InvariantCulture, $"{Width}x{Height}");

    private static BenchPreset Parse(string item)
    {
        var parts = item.Split(':');
        var box = parts[1].Split('x');
        return new BenchPreset(
            parts[0],
            int.Parse(box[0], CultureInfo.InvariantCulture),
            int.Parse(box[1], CultureInfo.InvariantCulture),
            parts.Length > 2 && parts[2] == "cover");
    }
}
