using ThumbnailService.Local.Commands.Run;
using ThumbnailService.Local.Commands.Up;
using ThumbnailService.Local.Pipeline;

namespace ThumbnailService.Local.Commands;

/// <summary>
/// <c>thumbs up</c>: the local S3 endpoint on a fixed port plus both functions on the real <c>bootstrap</c>, with S3-style
/// event routing, until Ctrl-C. Prints how to connect, then one line per routed invocation.
/// </summary>
internal sealed class UpCommand : ICommand
{
    public string Name => "up";

    public string Usage => UpArguments.Usage;

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CommandConsole console, CancellationToken cancellationToken)
    {
        var parsed = UpArguments.Parse(arguments, Environment.GetEnvironmentVariable(InvokeArguments.BootstrapVariable));
        var options = new LocalPipelineOptions
        {
            BootstrapPath = parsed.BootstrapPath,
            S3Port = parsed.Port,
            FunctionLog = parsed.Logs ? TextWriter.Synchronized(console.Error) : null,
        };
        await console.Error.WriteLineAsync($"thumbs up: starting the local S3 host on port {parsed.Port} and both functions ...");
        LocalPipeline pipeline;
        try
        {
            pipeline = await LocalPipeline.StartAsync(options, cancellationToken);
        }
        catch (Exception e) when (e is TimeoutException or IOException or InvalidOperationException)
        {
            await console.Error.WriteLineAsync(
                $"thumbs up: could not start the local pipeline on port {parsed.Port}: {e.Message}\n"
                + "Is another `thumbs up` (or anything else) using that port? Stop it, or pass --port with a free port.");
            return 1;
        }

        await using (pipeline)
        {
            await PipelineBanner.WriteAsync(console.Out, pipeline);
            var gallery = parsed.OutDirectory is null ? Task.CompletedTask : FollowGalleryAsync(pipeline, parsed.OutDirectory, console, cancellationToken);
            await WatchUntilCancelledAsync(pipeline, console, 0, cancellationToken);
            await gallery;
            await console.Error.WriteLineAsync("thumbs up: stopping ...");
        }

        await console.Error.WriteLineAsync("thumbs up: stopped (local S3 host and function processes ended).");
        return 0;
    }

    /// <summary>--out DIR: the gallery of every source uploaded since start, rewritten after each invocation until Ctrl-C.</summary>
    private static async Task FollowGalleryAsync(LocalPipeline pipeline, string outDirectory, CommandConsole console, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(outDirectory);
        using var s3 = pipeline.CreateClient();
        var gallery = new LiveGallery(pipeline, s3, new OutputFolder(outDirectory), console.Error);
        await console.Out.WriteLineAsync($"Gallery: {await gallery.StartAsync(cancellationToken)} (rewritten after every upload and delete)");
        try
        {
            await gallery.FollowAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Prints routed invocations until <paramref name="cancellationToken"/> fires (Ctrl-C).</summary>
    internal static async Task WatchUntilCancelledAsync(LocalPipeline pipeline, CommandConsole console, int skip, CancellationToken cancellationToken)
    {
        try
        {
            await InvocationWatcher.WatchAsync(pipeline, console.Out, skip, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }
}
