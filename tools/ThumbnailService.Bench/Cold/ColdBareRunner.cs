using System.Diagnostics;
using SixLabors.ImageSharp;

namespace ThumbnailService.Bench.Cold;

/// <summary>
/// The <see cref="ColdVariant.Bare"/> row: one fresh <c>coldrender</c> process per run renders the job's image from
/// its local file; the time is Stopwatch wall time from Process.Start to exit. Each run is checked (exit code, the
/// thumbnail exists and fills its box). The first run, which the bench does not time, goes under GNU time for the
/// peak RSS that every run then reports: its fork and exec cost ~13 ms here, too much to leave inside timed runs.
/// </summary>
internal sealed class ColdBareRunner(string binary) : IDisposable
{
    private readonly string _timeFile = Path.Combine(Path.GetTempPath(), $"thumbs-bench-time-{Guid.NewGuid():N}.txt");
    private double? _peakRssMb;

    public async Task<Measurement> RunAsync(BenchJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var preset = job.Presets.Single();
        var thumbnail = Path.Combine(job.OutputDirectory, preset.Name + ".jpg");
        File.Delete(thumbnail);
        bool underTime = _peakRssMb is null && File.Exists(ExternalTool.TimeCommand);
        long start = Stopwatch.GetTimestamp();
        string[] command = Command(job, underTime);
        await BenchProcess.RunAsync(command, ColdVariant.Bare, command.SkipWhile(a => a != binary), cancellationToken);
        double wall = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        _peakRssMb ??= underTime ? ExternalTool.ParseTimeOutput(await File.ReadAllTextAsync(_timeFile, cancellationToken)).PeakRssMb : double.NaN;
        Verify(thumbnail, preset);
        return new Measurement(wall, double.NaN, _peakRssMb.Value);
    }

    public void Dispose() => File.Delete(_timeFile);

    /// <summary>True when a <paramref name="width"/> x <paramref name="height"/> thumbnail fills <paramref name="preset"/>'s box on one side and fits on the other.</summary>
    public static bool FillsBox(int width, int height, BenchPreset preset)
    {
        ArgumentNullException.ThrowIfNull(preset);
        return width > 0 && height > 0 && width <= preset.Width && height <= preset.Height && (width == preset.Width || height == preset.Height);
    }

    private string[] Command(BenchJob job, bool underTime)
    {
        string[] render = [binary, job.Image.Path, job.OutputDirectory, job.PresetText];
        return underTime ? [ExternalTool.TimeCommand, "-f", "%U %S %M", "-o", _timeFile, .. render] : render;
    }

    private static void Verify(string thumbnail, BenchPreset preset)
    {
        if (!File.Exists(thumbnail))
        {
            throw new InvalidOperationException($"{ColdVariant.Bare}: exited 0 but wrote no {thumbnail}");
        }

        (int width, int height) size;
        try
        {
            using var image = Image.Load(thumbnail);
            size = (image.Width, image.Height);
        }
        catch (ImageFormatException e)
        {
            throw new InvalidOperationException($"{ColdVariant.Bare}: {thumbnail} does not decode: {e.Message}", e);
        }

        if (!FillsBox(size.width, size.height, preset))
        {
            throw new InvalidOperationException($"{ColdVariant.Bare}: {thumbnail} is {size.width}x{size.height}, expected {preset.Box} inside");
        }
    }
}
