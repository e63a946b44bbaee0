using ThumbnailService.Bench.Warm;

namespace ThumbnailService.Bench.Lambda;

/// <summary>Every timed invocation of the Lambda bench by setting, mode and source, the failures, and the rows made from them.</summary>
internal sealed class LambdaSamples
{
    private readonly Dictionary<(int MemoryMb, LambdaMode Mode, string Source), List<double>> _durations = [];
    private readonly Dictionary<(int MemoryMb, LambdaMode Mode, string Source), string> _failures = [];
    private readonly Dictionary<int, double> _peakMb = [];

    public void Add(int memoryMb, LambdaMode mode, string source, double durationMs, double peakRssMb)
    {
        var key = (memoryMb, mode, source);
        if (!_durations.TryGetValue(key, out var list))
        {
            _durations[key] = list = [];
        }

        list.Add(durationMs);
        NotePeak(memoryMb, peakRssMb);
    }

    /// <summary>Peak RSS of a process of <paramref name="memoryMb"/>, timed or not (a warm-up run counts too).</summary>
    public void NotePeak(int memoryMb, double peakRssMb)
    {
        if (double.IsFinite(peakRssMb))
        {
            _peakMb[memoryMb] = Math.Max(_peakMb.GetValueOrDefault(memoryMb), peakRssMb);
        }
    }

    /// <summary>Records the first failure of a source at a setting; the bench does not try that pair again in that mode.</summary>
    public void Fail(int memoryMb, LambdaMode mode, string source, string reason) => _failures.TryAdd((memoryMb, mode, source), reason);

    public bool HasFailed(int memoryMb, LambdaMode mode, string source) => _failures.ContainsKey((memoryMb, mode, source));

    public LambdaRow Row(int memoryMb, IReadOnlyList<string> sources, LambdaPrice price)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var warm = Medians(memoryMb, LambdaMode.Warm, sources);
        var cold = Medians(memoryMb, LambdaMode.Cold, sources);
        var failures = _failures.Where(f => f.Key.MemoryMb == memoryMb)
            .Select(f => $"{f.Key.Source} ({f.Key.Mode.ToString().ToLowerInvariant()}): {f.Value}")
            .Order(StringComparer.Ordinal)
            .ToArray();
        return new LambdaRow(
            memoryMb, warm, cold, _peakMb.GetValueOrDefault(memoryMb, double.NaN), failures,
            Cost(warm, memoryMb, price), Cost(cold, memoryMb, price));
    }

    private Dictionary<string, double> Medians(int memoryMb, LambdaMode mode, IReadOnlyList<string> sources) =>
        sources.ToDictionary(s => s, s => BenchStatistics.Median(_durations.GetValueOrDefault((memoryMb, mode, s)) ?? []));

    /// <summary>Only sources measured in this mode count (a mode that was not run costs NaN).</summary>
    private static LambdaCost Cost(Dictionary<string, double> medians, int memoryMb, LambdaPrice price) =>
        medians.Values.All(double.IsNaN) ? LambdaCost.Unmeasured : LambdaCost.PerThousand(medians.Values, memoryMb, price);
}
