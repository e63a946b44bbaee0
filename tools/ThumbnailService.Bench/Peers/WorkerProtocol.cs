using System.Globalization;

namespace ThumbnailService.Bench.Peers;

/// <summary>
/// The line protocol of the long-lived bench workers (ours: <c>thumbs bench-worker</c>; sharp: tools/bench/sharp-worker.mjs).
/// Job: <c>PRESETS \t INPUT \t OUTDIR \t EXT</c>. Answer: <c>ok \t WALL_MS \t CPU_MS</c> or <c>error \t MESSAGE</c>.
/// A worker prints <c>ready</c> once started.
/// </summary>
internal static class WorkerProtocol
{
    public const string Ready = "ready";

    public static string FormatJob(BenchJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return string.Join('\t', job.PresetText, job.Image.Path, job.OutputDirectory, job.Extension);
    }

    public static (string Presets, string Input, string OutputDirectory, string Extension) ParseJob(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var parts = line.Split('\t');
        return parts.Length == 4 ? (parts[0], parts[1], parts[2], parts[3]) : throw new FormatException($"bad bench job line '{line}'");
    }

    public static string FormatResult(double wallMs, double cpuMs) =>
        string.Create(CultureInfo.InvariantCulture, $"ok\t{wallMs:0.###}\t{cpuMs:0.###}");

    public static string FormatError(string message) => "error\t" + message.ReplaceLineEndings(" ");

    /// <summary>Wall and CPU milliseconds from an answer; throws <see cref="InvalidOperationException"/> for an error answer.</summary>
    public static (double WallMs, double CpuMs) ParseResult(string? line)
    {
        var parts = (line ?? "error\tthe worker exited").Split('\t');
        if (parts is ["ok", var wall, var cpu])
        {
            return (double.Parse(wall, CultureInfo.InvariantCulture), double.Parse(cpu, CultureInfo.InvariantCulture));
        }

        throw new InvalidOperationException(parts.Length > 1 ? parts[1] : $"unexpected worker answer '{line}'");
    }
}
