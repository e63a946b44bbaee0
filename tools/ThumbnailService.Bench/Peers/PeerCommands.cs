namespace ThumbnailService.Bench.Peers;

/// <summary>The command lines of the command-line peers for one job.</summary>
internal static class PeerCommands
{
    /// <summary>The real ImageMagick 6 binary (a PATH <c>convert</c> may be a wrapper script).</summary>
    public const string Magick = "/usr/bin/convert";

    public const string Vips = "vipsthumbnail";

    /// <summary>vipsthumbnail cannot chain: one call (one decode) per preset.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> VipsThumbnail(BenchJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        string options = job.Extension == ".png" ? "[compression=6,strip]" : $"[Q={BenchPresets.Quality},strip]";
        return job.Presets.Select(p => (IReadOnlyList<string>)(p.Cover
                ? [Vips, job.Image.Path, "-s", p.Box + ">", "--smartcrop", "centre", "-o", job.OutputPath(p) + options]
                : [Vips, job.Image.Path, "-s", p.Box + ">", "-o", job.OutputPath(p) + options]))
            .ToArray();
    }

    /// <summary>One <c>convert</c> call: decode and auto-orient once, then +clone/-write per preset, the last one written plainly.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> ImageMagick(BenchJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var presets = job.Presets;
        var arguments = new List<string> { Magick, job.Image.Path, "-auto-orient", "-quality", job.Extension == ".png" ? "75" : $"{BenchPresets.Quality}" };
        if (job.Extension == ".jpg")
        {
            arguments.AddRange(["-background", "white", "-alpha", "remove"]);
        }

        foreach (var preset in presets.Take(presets.Count - 1))
        {
            arguments.AddRange(["(", "+clone", .. Resize(preset), "-write", job.OutputPath(preset), "+delete", ")"]);
        }

        arguments.AddRange([.. Resize(presets[^1]), job.OutputPath(presets[^1])]);
        return [arguments];
    }

    private static string[] Resize(BenchPreset preset) => preset.Cover
        ? ["-thumbnail", preset.Box + "^", "-gravity", "center", "-extent", preset.Box]
        : ["-thumbnail", preset.Box + ">"];
}
