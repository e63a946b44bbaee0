using ThumbnailService.Bench.Charts;

namespace ThumbnailService.Bench.Cold;

/// <summary>
/// <c>thumbs bench --cold</c>: exec of <c>bootstrap</c> to the first finished 256 px thumbnail of a 12 MP JPEG, for each
/// <see cref="ColdVariant"/>, interleaved round-robin after one untimed run each (binary in the page cache); the bare
/// variant, <c>coldrender</c>, renders the same image from its local file (<see cref="ColdBareRunner"/>).
/// </summary>
internal static class ColdStartBench
{
    public static async Task<int> RunAsync(BenchArguments arguments, string? defaultBootstrap, CommandConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(console);
        var spec = CorpusSpec.Default.Single(s => s.FileName == "jpeg-12mp.jpg");
        var image = (await CorpusGenerator.EnsureAsync(CorpusGenerator.DefaultFolder, [spec], cancellationToken))[0];
        var binaries = await BinariesAsync(defaultBootstrap, console.Error, cancellationToken);
        var loadBefore = BenchFormat.LoadAverage();
        Dictionary<ColdVariant, List<Measurement>> samples;
        try
        {
            samples = await MeasureAsync(binaries, image, arguments, console.Error, cancellationToken);
        }
        catch (InvalidOperationException e)
        {
            await console.Error.WriteLineAsync($"bench --cold: stopped: {e.Message}");
            return 1;
        }

        var rows = ColdVariant.All.Select(v => Row(v, binaries[v], samples[v])).ToArray();
        var load = $"{loadBefore} at start, {BenchFormat.LoadAverage()} at end";
        ColdReport.WriteTable(console.Out, rows, load);
        await using (var json = File.Create(arguments.JsonPath))
        {
            ColdReport.WriteJson(json, rows, load);
        }

        var chart = await ChartFile.WriteAsync(arguments.JsonPath, ColdChart.Render(rows, load), cancellationToken);
        await console.Error.WriteLineAsync($"bench: wrote {Path.GetFullPath(arguments.JsonPath)} and {chart}");
        return 0;
    }

    /// <summary>Each variant's executable, published when stale; the default build is ./thumbs's own bootstrap when given.</summary>
    private static async Task<Dictionary<ColdVariant, string>> BinariesAsync(string? defaultBootstrap, TextWriter progress, CancellationToken cancellationToken)
    {
        var binaries = new Dictionary<ColdVariant, string>();
        foreach (var variant in ColdVariant.All)
        {
            binaries[variant] = variant.Name == ColdVariant.Default && defaultBootstrap is not null && File.Exists(defaultBootstrap)
                ? Path.GetFullPath(defaultBootstrap)
                : await ColdBuilder.EnsureAsync(variant, progress, cancellationToken);
        }

        return binaries;
    }

    private static async Task<Dictionary<ColdVariant, List<Measurement>>> MeasureAsync(
        Dictionary<ColdVariant, string> binaries, BenchImage image, BenchArguments arguments, TextWriter progress, CancellationToken cancellationToken)
    {
        var output = Path.Combine(Path.GetTempPath(), "thumbs-bench-out", "cold");
        Directory.CreateDirectory(output);
        var job = new BenchJob(image, BenchTask.Single, output);
        var samples = ColdVariant.All.ToDictionary(v => v, _ => new List<Measurement>());
        int runs = arguments.Runs;
        await using var sandbox = await ColdSandbox.StartAsync(arguments.FunctionLog ? progress : null, cancellationToken);
        using var bare = new ColdBareRunner(binaries[ColdVariant.All.Single(v => v.IsBare)]);
        for (int run = 0; run <= runs; run++)
        {
            await progress.WriteLineAsync(run == 0 ? "bench: cold start, untimed first run of each build ..." : $"bench: cold start, run {run}/{runs} ...");
            for (int i = 0; i < ColdVariant.All.Count; i++)
            {
                var variant = ColdVariant.All[(i + run) % ColdVariant.All.Count];
                var measurement = variant.IsBare
                    ? await bare.RunAsync(job, cancellationToken)
                    : await sandbox.RunAsync(binaries[variant], job, cancellationToken);
                if (run > 0)
                {
                    samples[variant].Add(measurement);
                }
            }
        }

        return samples;
    }

    private static ColdRow Row(ColdVariant variant, string binary, List<Measurement> runs) => new(
        variant.Name,
        variant.Description,
        runs.Count,
        BenchStatistics.Median(runs.Select(r => r.WallMs)),
        runs.Min(r => r.WallMs),
        runs.Max(r => r.PeakRssMb),
        new DirectoryInfo(Path.GetDirectoryName(binary)!).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) / (1024.0 * 1024.0),
        BenchStatistics.Median(runs.Select(r => r.InitMs)));
}
