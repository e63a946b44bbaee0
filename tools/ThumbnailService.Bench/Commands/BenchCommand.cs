using ThumbnailService.Bench.Lambda;
using ThumbnailService.Bench.Charts;

namespace ThumbnailService.Bench.Commands;

/// <summary>
/// <c>thumbs bench</c>: our pipeline against sharp, vipsthumbnail and ImageMagick on the same images, interleaved;
/// <c>--cold</c>: exec-to-first-thumbnail of the AOT, AOT without AVX2, JIT and ReadyToRun builds, and of a bare AOT render (no Lambda runtime, no S3);
/// <c>--duplicate</c>: a repeated S3 event against its first processing, on one warm AOT function;
/// <c>--lambda</c>: what a thumbnail costs at each Lambda memory setting (<see cref="LambdaBench"/>, its own options).
/// </summary>
internal sealed class BenchCommand : ICommand
{
    public string Name => "bench";

    public string Usage =>
        "bench [--images DIR] [--no-corpus] [--runs N (7)] [--json FILE (bench-results.json)] "
        + "[--tools ours,sharp,vips,magick,ours-aot-cold] [--cold | --duplicate] [--function-log] [--bootstrap PATH (or $THUMBS_BOOTSTRAP)]"
        + "\n  thumbs " + LambdaArguments.Usage;

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CommandConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (LambdaArguments.Requested(arguments))
        {
            var lambda = LambdaArguments.Parse(arguments, Environment.ProcessorCount);
            return await LambdaBench.RunAsync(lambda, Environment.GetEnvironmentVariable(InvokeArguments.BootstrapVariable), console, cancellationToken);
        }

        var parsed = BenchArguments.Parse(arguments);
        var bootstrap = parsed.Bootstrap ?? Environment.GetEnvironmentVariable(InvokeArguments.BootstrapVariable);
        if (parsed.Cold)
        {
            return await ColdStartBench.RunAsync(parsed, bootstrap, console, cancellationToken);
        }

        if (parsed.Duplicate)
        {
            return await DuplicateEventBench.RunAsync(parsed, bootstrap, console, cancellationToken);
        }

        await BenchSetup.RunAsync(cancellationToken);
        var images = await BenchImageSource.ListAsync(parsed, console.Error, cancellationToken);
        var notes = new List<string>();
        var loadBefore = BenchFormat.LoadAverage();
        var tools = await BenchToolFactory.StartAsync(parsed.Tools, bootstrap, parsed.FunctionLog ? console.Error : null, notes, cancellationToken);
        BenchSamples samples;
        try
        {
            var output = Path.Combine(Path.GetTempPath(), "thumbs-bench-out");
            var runner = new BenchRunner(tools, parsed.Runs, output, console.Error);
            samples = await runner.RunAsync(images, cancellationToken);
            notes.AddRange(runner.Unsupported);
            notes.Add($"thumbnails written under {output}");
        }
        finally
        {
            foreach (var tool in tools)
            {
                await tool.DisposeAsync();
            }
        }

        var rows = samples.Rows("sharp");
        var report = new BenchReport(rows, BenchSamples.Summaries(rows), "sharp", $"{loadBefore} at start, {BenchFormat.LoadAverage()} at end", notes);
        BenchTable.Write(console.Out, report);
        HeifTargetTable.Write(console.Out, rows, images);
        await using (var json = File.Create(parsed.JsonPath))
        {
            BenchJsonWriter.Write(json, report);
        }

        var chart = await ChartFile.WriteAsync(parsed.JsonPath, BenchChart.Render(report), cancellationToken);
        await console.Error.WriteLineAsync($"bench: wrote {Path.GetFullPath(parsed.JsonPath)} and {chart}");
        return 0;
    }
}
