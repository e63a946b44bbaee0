namespace ThumbnailService.Bench.Warm;

/// <summary>
/// Runs every tool on every image and task, interleaved round-robin (run 1: tool A, B, C; run 2: B, C, A; ...) so
/// machine drift hits every tool alike, after one untimed warm-up run per tool.
/// </summary>
internal sealed class BenchRunner(IReadOnlyList<IBenchTool> tools, int runs, string outputRoot, TextWriter progress)
{
    private readonly List<string> _unsupported = [];

    /// <summary>One note per tool and image it cannot read by construction (<see cref="PeerSupport"/>): not run, not a failure.</summary>
    public IReadOnlyList<string> Unsupported => _unsupported;

    public async Task<BenchSamples> RunAsync(IReadOnlyList<BenchImage> images, CancellationToken cancellationToken)
    {
        var samples = new BenchSamples();
        var failed = new HashSet<(string, BenchTask, string)>();
        foreach (var (image, tool) in images.SelectMany(i => tools.Select(t => (i, t))))
        {
            if (PeerSupport.Unsupported(tool.Name, image) is { } reason)
            {
                _unsupported.Add(reason);
                failed.UnionWith(Enum.GetValues<BenchTask>().Select(task => (image.Name, task, tool.Name)));
            }
        }

        foreach (var task in Enum.GetValues<BenchTask>())
        {
            foreach (var image in images)
            {
                await progress.WriteLineAsync($"bench: {image.Name} {BenchPresets.Label(task)} ...");
                for (int run = 0; run <= runs; run++)
                {
                    for (int i = 0; i < tools.Count; i++)
                    {
                        var tool = tools[(i + run) % tools.Count];
                        if (failed.Contains((image.Name, task, tool.Name)) || (run == 0 && tool is ColdTool))
                        {
                            continue;
                        }

                        var measurement = await MeasureAsync(tool, new BenchJob(image, task, OutputFolder(tool, image, task)), cancellationToken);
                        if (measurement is null)
                        {
                            failed.Add((image.Name, task, tool.Name));
                        }
                        else if (run > 0)
                        {
                            samples.Add(image.Name, task, tool.Name, measurement);
                        }
                    }
                }
            }
        }

        return samples;
    }

    private async Task<Measurement?> MeasureAsync(IBenchTool tool, BenchJob job, CancellationToken cancellationToken)
    {
        try
        {
            return await tool.RunAsync(job, cancellationToken);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException)
        {
            await progress.WriteLineAsync($"bench: {tool.Name} failed on {job.Image.Name} ({BenchPresets.Label(job.Task)}), left out: {e.Message}");
            return null;
        }
    }

    private string OutputFolder(IBenchTool tool, BenchImage image, BenchTask task)
    {
        var folder = Path.Combine(outputRoot, tool.Name, $"{image.Name}-{BenchPresets.Label(task)}");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
