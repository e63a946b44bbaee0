using ThumbnailService.Local.Commands.Run;
using ThumbnailService.Local.Commands.Up;
using ThumbnailService.Local.Gallery;
using ThumbnailService.Local.Pipeline;

namespace ThumbnailService.Local.Commands;

/// <summary>
/// <c>thumbs run</c>: the main job locally. Uploads a folder of images to the local S3 host, lets the real
/// <c>bootstrap</c> make thumbnails through S3-style event routing, downloads them and prints what became of each file.
/// </summary>
internal sealed class RunCommand : ICommand
{
    public string Name => "run";

    public string Usage => RunArguments.Usage;

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CommandConsole console, CancellationToken cancellationToken)
    {
        var parsed = RunArguments.Parse(arguments, Environment.GetEnvironmentVariable(InvokeArguments.BootstrapVariable), DefaultImages);
        var files = SourceFolder.List(parsed.ImagesDirectory);
        if (files.Count == 0)
        {
            throw new UsageException($"--images '{parsed.ImagesDirectory}' holds no file to upload (hidden files and README.md are skipped)");
        }

        Directory.CreateDirectory(parsed.OutDirectory);
        var output = new OutputFolder(parsed.OutDirectory);
        await using var functionLog = new StreamWriter(output.PathOf(OutputFolder.FunctionLogFileName));
        await console.Error.WriteLineAsync($"thumbs run: {files.Count} file(s) from {parsed.ImagesDirectory}; starting the local pipeline ...");
        await using var pipeline = await LocalPipeline.StartAsync(
            new LocalPipelineOptions { BootstrapPath = parsed.BootstrapPath, FunctionLog = TextWriter.Synchronized(functionLog) },
            cancellationToken);
        using var s3 = pipeline.CreateClient();

        var results = await new UploadRun(pipeline, s3, console.Error).RunAsync(files, UploadRun.DefaultPerFileTimeout, cancellationToken);
        results = await new ThumbnailCollector(s3, pipeline.Options.ThumbnailBucket, output, console.Error).AttachAsync(results, cancellationToken);
        results = await new ManifestCollector(s3, pipeline.Options.ThumbnailBucket, output, console.Error).AttachAsync(results, cancellationToken);
        await SummaryFile.WriteAsync(output.PathOf(OutputFolder.SummaryFileName), results, cancellationToken);
        var gallery = await GalleryFile.WriteAsync(output.Root, results, cancellationToken);
        ResultTable.Write(console.Out, results);
        await console.Out.FlushAsync(cancellationToken);
        await console.Error.WriteLineAsync(
            $"thumbs run: wrote {results.Sum(r => r.Outputs.Count(o => o.Written))} thumbnail(s), {results.Count(r => r.ManifestFile is not null)} manifest(s), {GalleryPage.FileName}, {OutputFolder.SummaryFileName} and {OutputFolder.FunctionLogFileName} to {output.Root}");

        var undefined = results.Where(r => !r.IsDefined).Select(r => OutputFolder.Printable(r.Key)).ToList();
        if (undefined.Count > 0)
        {
            await console.Error.WriteLineAsync($"thumbs run: no defined outcome for {undefined.Count} file(s): {string.Join(", ", undefined)} (see {OutputFolder.FunctionLogFileName})");
        }

        // The last line of a run: where to look.
        await console.Out.WriteLineAsync($"Gallery: {gallery}");
        await console.Out.FlushAsync(cancellationToken);
        if (parsed.Keep)
        {
            await PipelineBanner.WriteAsync(console.Out, pipeline);
            await UpCommand.WatchUntilCancelledAsync(pipeline, console, pipeline.Journal.Count(_ => true), cancellationToken);
        }

        return undefined.Count > 0 ? 1 : 0;
    }

    private static string DefaultImages()
    {
        try
        {
            return Path.Combine(RepositoryLayout.Root, "samples");
        }
        catch (DirectoryNotFoundException e)
        {
            throw new UsageException($"no --images given and the repository's samples/ was not found: {e.Message}", e);
        }
    }
}
