using ThumbnailService.Core.Presets;

namespace ThumbnailService.Core.Options;

/// <summary>
/// The manifest folder must be a folder of its own: it ends with '/', and neither it nor any preset folder starts with
/// the other (a manifest <c>small/x.json</c> would be the <c>small</c> thumbnail of a source named <c>x.json</c>).
/// </summary>
internal static class ManifestPrefixRule
{
    public static void Check(string prefix, IReadOnlyList<Preset> presets, List<string> problems)
    {
        if (prefix.Length == 0)
        {
            return; // manifests off
        }

        if (!prefix.EndsWith('/') || prefix.StartsWith('/') || prefix.Contains("..", StringComparison.Ordinal) || !prefix.All(c => c > ' ' && c < 127))
        {
            problems.Add($"{ConfigurationVariables.ManifestPrefix} is '{prefix}': expected a folder of printable ASCII like meta/ (ending with '/', not starting with '/', no '..'), or empty to write no manifests.");
            return;
        }

        foreach (var preset in presets)
        {
            var folder = preset.Name + "/";
            if (folder.StartsWith(prefix, StringComparison.Ordinal) || prefix.StartsWith(folder, StringComparison.Ordinal))
            {
                problems.Add($"{ConfigurationVariables.ManifestPrefix} '{prefix}' overlaps the folder of preset '{preset.Name}' ({folder}): choose a manifest folder no preset name starts with, e.g. meta/.");
            }
        }
    }
}
