namespace ThumbnailService.Bench.Corpus;

/// <summary>Collects every timed run and turns them into rows (medians, peak, ratio to the reference) and summaries.</summary>
internal sealed class BenchSamples
{
    private readonly Dictionary<(string Image, BenchTask Task, string Tool), List<Measurement>> _runs = [];
    private readonly List<(string Image, BenchTask Task, string Tool)> _order = [];

    public void Add(string image, BenchTask task, string tool, Measurement measurement)
    {
        var key = (image, task, tool);
        if (!_runs.TryGetValue(key, out var list))
        {
            _runs[key] = list = [];
            _order.Add(key);
        }

        list.Add(measurement);
    }

    public IReadOnlyList<BenchRow> Rows(string referenceTool)
    {
        var rows = new List<BenchRow>();
        foreach (var key in _order.OrderBy(k => k.Task))
        {
            var runs = _runs[key];
            double median = BenchStatistics.Median(runs.Select(r => r.WallMs));
            var refRuns = _runs.GetValueOrDefault((key.Image, key.Task, referenceTool)) ?? [];
            double reference = BenchStatistics.Median(refRuns.Select(r => r.WallMs));
            double cpu = BenchStatistics.Median(runs.Select(r => r.CpuMs));
            double peak = runs.Any(r => !double.IsNaN(r.PeakRssMb)) ? runs.Where(r => !double.IsNaN(r.PeakRssMb)).Max(r => r.PeakRssMb) : double.NaN;
            rows.Add(new BenchRow(
                key.Image, key.Task, key.Tool, runs.Count, median,
                cpu, peak, BenchStatistics.Ratio(median, reference),
                BenchStatistics.Ratio(cpu, BenchStatistics.Median(refRuns.Select(r => r.CpuMs)))));
        }

        return rows;
    }

    public static IReadOnlyList<BenchSummary> Summaries(IReadOnlyList<BenchRow> rows) =>
        rows.GroupBy(r => (r.Task, r.Tool))
            .Select(g => new BenchSummary(
                g.Key.Tool,
                g.Key.Task,
                BenchStatistics.GeometricMean(g.Select(r => r.RatioToReference)),
                g.Count(r => double.IsFinite(r.RatioToReference)),
                BenchStatistics.GeometricMean(g.Select(r => r.CpuRatioToReference))))
            .ToArray();
}
