using ThumbnailService.Bench.Harness;
using ThumbnailService.Bench.Warm;

namespace ThumbnailService.Bench.Lambda;

/// <summary>
/// <c>thumbs bench --lambda</c>: the default corpus rendered by the real <c>bootstrap</c> (Runtime API emulator, local
/// S3, default configuration) at each Lambda memory setting, under a cgroup CPU quota of memory / 1,769 vCPU and a
/// memory limit of the setting; warm (one process per setting, every source after a warm-up round) and cold (a new
/// process per source: init + first invocation); settings interleaved round-robin so machine drift hits them alike.
/// </summary>
internal static class LambdaBench
{
    public static async Task<int> RunAsync(LambdaArguments arguments, string? defaultBootstrap, CommandConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(console);
        using var throttle = LambdaThrottle.Create(arguments.CgroupRoot, $"thumbs-lambda-{Environment.ProcessId}", arguments.MemoryMb);
        await console.Error.WriteLineAsync($"bench --lambda: {throttle.Message}");
        var bootstrap = arguments.Bootstrap ?? defaultBootstrap;
        if (bootstrap is null || !File.Exists(bootstrap))
        {
            await console.Error.WriteLineAsync($"bench --lambda: no bootstrap at '{bootstrap}' (pass --bootstrap PATH, or run ./thumbs bench --lambda, which builds it)");
            return 1;
        }

        await console.Error.WriteLineAsync($"bench --lambda: corpus in {CorpusGenerator.DefaultFolder} (generated once)");
        var images = await CorpusGenerator.EnsureAsync(CorpusGenerator.DefaultFolder, CorpusSpec.Default, cancellationToken);
        var loadBefore = BenchFormat.LoadAverage();
        var samples = new LambdaSamples();
        var run = new LambdaRun(Path.GetFullPath(bootstrap), throttle, images, arguments, samples, console.Error);
        await using (var s3 = await BenchS3.StartAsync(requestLog: null, cancellationToken))
        {
            await run.WarmAsync(s3, cancellationToken);
            await run.ColdAsync(s3, cancellationToken);
        }

        var price = LambdaPrice.X86UsEast1;
        var sources = images.Select(i => i.Name).ToArray();
        var report = new LambdaReport(
            arguments.MemoryMb.Select(m => samples.Row(m, sources, price)).ToArray(),
            sources, price, throttle.Message, $"{loadBefore} at start, {BenchFormat.LoadAverage()} at end");
        LambdaTable.Write(console.Out, report);
        await using (var json = File.Create(arguments.JsonPath))
        {
            LambdaJsonWriter.Write(json, report);
        }

        await console.Error.WriteLineAsync($"bench: wrote {Path.GetFullPath(arguments.JsonPath)}");
        return 0;
    }
}
