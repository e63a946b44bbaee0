using System.Diagnostics;
using System.Globalization;

namespace ThumbnailService.Bench.Peers;

/// <summary>
/// A command-line peer (vipsthumbnail, ImageMagick): each run is one or more fresh processes, run under GNU
/// <c>/usr/bin/time</c> for their CPU time and peak RSS (10 ms CPU resolution). Wall time includes process start.
/// </summary>
internal sealed class ExternalTool : IBenchTool
{
    public const string TimeCommand = "/usr/bin/time";

    private readonly Func<BenchJob, IReadOnlyList<IReadOnlyList<string>>> _commands;
    private readonly string _timeFile = Path.Combine(Path.GetTempPath(), $"thumbs-bench-time-{Guid.NewGuid():N}.txt");

    public ExternalTool(string name, string note, Func<BenchJob, IReadOnlyList<IReadOnlyList<string>>> commands)
    {
        Name = name;
        Note = note;
        _commands = commands;
    }

    public string Name { get; }

    public string Note { get; }

    public async Task<Measurement> RunAsync(BenchJob job, CancellationToken cancellationToken)
    {
        double cpu = 0, peak = 0;
        long start = Stopwatch.GetTimestamp();
        foreach (var command in _commands(job))
        {
            var (used, rss) = await RunOneAsync(command, cancellationToken);
            cpu += used;
            peak = Math.Max(peak, rss);
        }

        return new Measurement(Stopwatch.GetElapsedTime(start).TotalMilliseconds, cpu, peak);
    }

    public ValueTask DisposeAsync()
    {
        File.Delete(_timeFile);
        return ValueTask.CompletedTask;
    }

    /// <summary>CPU ms and peak RSS MB from GNU time's <c>-f "%U %S %M"</c> line (the last line of its output).</summary>
    public static (double CpuMs, double PeakRssMb) ParseTimeOutput(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var last = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
        var parts = last.Split(' ');
        double user = double.Parse(parts[0], CultureInfo.InvariantCulture), system = double.Parse(parts[1], CultureInfo.InvariantCulture);
        return ((user + system) * 1000, double.Parse(parts[2], CultureInfo.InvariantCulture) / 1024);
    }

    private async Task<(double CpuMs, double PeakRssMb)> RunOneAsync(IReadOnlyList<string> command, CancellationToken cancellationToken)
    {
        await BenchProcess.RunAsync([TimeCommand, "-f", "%U %S %M", "-o", _timeFile, .. command], Name, command, cancellationToken);
        return ParseTimeOutput(await File.ReadAllTextAsync(_timeFile, cancellationToken));
    }
}
