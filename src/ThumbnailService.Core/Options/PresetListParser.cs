using System.Globalization;
using ThumbnailService.Core.Presets;

namespace ThumbnailService.Core.Options;

/// <summary>Parses <c>name:WxH[:fit],...</c> (or <c>name:N[:fit]</c> for a square box) into presets.</summary>
internal static class PresetListParser
{
    public const int MaxEdge = 8192;

    public static IReadOnlyList<Preset> Parse(string text, List<string> problems)
    {
        var presets = new List<Preset>();
        foreach (var item in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (TryParse(item, out var preset, out var problem))
            {
                presets.Add(preset);
            }
            else
            {
                problems.Add($"{ConfigurationVariables.Presets}: '{item}' {problem} (expected name:WIDTHxHEIGHT[:inside|cover], e.g. small:256x256:cover).");
            }
        }

        if (presets.Count == 0 && problems.Count == 0)
        {
            problems.Add($"{ConfigurationVariables.Presets} names no preset.");
        }

        foreach (var duplicate in presets.GroupBy(p => p.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"{ConfigurationVariables.Presets}: preset name '{duplicate.Key}' is used more than once.");
        }

        return presets;
    }

    private static bool TryParse(string item, out Preset preset, out string problem)
    {
        preset = null!;
        var parts = item.Split(':');
        if (parts.Length is < 2 or > 3)
        {
            problem = "is not of the form name:size[:fit]";
            return false;
        }

        var name = parts[0];
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            problem = "has a name that is not made of ASCII letters, digits, '-' or '_'";
            return false;
        }

        var size = parts[1].Split('x');
        if (size.Length is < 1 or > 2 || !TryEdge(size[0], out var width) || !TryEdge(size[^1], out var height))
        {
            problem = $"has a size that is not WIDTHxHEIGHT with edges from 1 to {MaxEdge}";
            return false;
        }

        var fit = FitMode.Inside;
        if (parts.Length == 3 && !Enum.TryParse(parts[2], ignoreCase: true, out fit))
        {
            problem = "has a fit that is neither inside nor cover";
            return false;
        }

        preset = new Preset(name, width, height, fit);
        problem = string.Empty;
        return true;
    }

    private static bool TryEdge(string text, out int edge) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out edge) && edge is >= 1 and <= MaxEdge;
}
