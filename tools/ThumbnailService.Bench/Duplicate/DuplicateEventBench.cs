using ThumbnailService.Core.Options;
using ThumbnailService.Local.Commands;

namespace ThumbnailService.Bench.Duplicate;

/// <summary>
/// <c>thumbs bench --duplicate</c>: what a retried or duplicated S3 event costs against the first processing of the
/// same event, on two warm AOT <c>bootstrap</c> sandboxes. Delivered again to the sandbox that processed it, the event
/// should be answered from the process's memo with no S3 request; delivered to another sandbox, by one HEAD of the
/// source's manifest, which records the version every thumbnail shows (the target: at most 3 % of the first
/// processing's time).
/// </summary>
internal static class DuplicateEventBench
{
    private const int WarmupImages = 2;

    public static async Task<int> RunAsync(BenchArguments arguments, string? bootstrap, CommandConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(console);
        if (string.IsNullOrWhiteSpace(bootstrap) || !File.Exists(bootstrap))
        {
            throw new UsageException(
                $"--duplicate needs the Native AOT bootstrap: pass --bootstrap PATH or set {InvokeArguments.BootstrapVariable} (./thumbs builds it and sets it)");
        }

        var images = await BenchImageSource.ListAsync(arguments, console.Error, cancellationToken);
        var loadBefore = BenchFormat.LoadAverage();
        var rows = await MeasureAsync(Path.GetFullPath(bootstrap), images, arguments, console.Error, cancellationToken);
        var load = $"{loadBefore} at start, {BenchFormat.LoadAverage()} at end";
        DuplicateReport.WriteTable(console.Out, rows, load);
        await using (var json = File.Create(arguments.JsonPath))
        {
            DuplicateReport.WriteJson(json, rows, ConfigurationVariables.DefaultPresets, load);
        }

        await console.Error.WriteLineAsync($"bench: wrote {Path.GetFullPath(arguments.JsonPath)}");
        return 0;
    }

    private static async Task<IReadOnlyList<DuplicateRow>> MeasureAsync(
        string bootstrap, IReadOnlyList<BenchImage> images, BenchArguments arguments, TextWriter progress, CancellationToken cancellationToken)
    {
        await using var sandbox = await DuplicateSandbox.StartAsync(bootstrap, arguments.FunctionLog ? progress : null, cancellationToken);
        await progress.WriteLineAsync($"bench: duplicate events, {WarmupImages} untimed warm-up images (both sandboxes) ...");
        for (int i = 0; i < WarmupImages; i++)
        {
            await sandbox.RunAsync(images[i % images.Count], cancellationToken);
        }

        var rows = new List<DuplicateRow>();
        foreach (var image in images)
        {
            await progress.WriteLineAsync($"bench: duplicate events, {image.Name} x {arguments.Runs} ...");
            var samples = new List<DuplicateSample>();
            for (int run = 0; run < arguments.Runs; run++)
            {
                samples.Add(await sandbox.RunAsync(image, cancellationToken));
            }

            rows.Add(DuplicateRow.From(image.Name, samples, DuplicateSandbox.ThumbnailBucket, DuplicateSandbox.ManifestFolder));
        }

        return rows;
    }
}
