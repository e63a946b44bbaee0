using ThumbnailService.Codecs;
using ThumbnailService.Codecs.Heif;
using System.Diagnostics;
using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Options;

namespace ThumbnailService.Bench.Peers;

/// <summary>
/// Our pipeline as a long-lived bench worker (<c>thumbs bench-worker</c>, JIT): one <see cref="ImagePipeline"/> per
/// preset text and format, reused like a warm Lambda sandbox; each job reads the file and writes every thumbnail.
/// </summary>
internal sealed class OursWorker
{
    private readonly Dictionary<(string Presets, string Extension), ImagePipeline> _pipelines = [];

    public async Task RunAsync(TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteLineAsync(WorkerProtocol.Ready);
        await output.FlushAsync(cancellationToken);
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            await output.WriteLineAsync(RunJob(line, cancellationToken));
            await output.FlushAsync(cancellationToken);
        }
    }

    private string RunJob(string line, CancellationToken cancellationToken)
    {
        try
        {
            var (presets, path, outputDirectory, extension) = WorkerProtocol.ParseJob(line);
            var pipeline = Pipeline(presets, extension);
            // Outside the timed part: each run starts with the previous run's garbage gone, and the finalizers that
            // collection queues (the pools' Gen2 callbacks trim and free memory) finish here, not on the other core
            // during the timed run (a profile showed them at 14% of the worker's samples).
            GC.Collect();
            GC.WaitForPendingFinalizers();
            using var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            long start = Stopwatch.GetTimestamp();
            Render(pipeline, path, outputDirectory, extension, cancellationToken);
            double wall = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            process.Refresh();
            return WorkerProtocol.FormatResult(wall, (process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }
        catch (Exception e) when (e is IOException or FormatException or InvalidOperationException or InvalidConfigurationException or TimeoutException)
        {
            return WorkerProtocol.FormatError(e.Message);
        }
    }

    private static void Render(ImagePipeline pipeline, string path, string outputDirectory, string extension, CancellationToken cancellationToken)
    {
        using var stream = File.OpenRead(path);
        if (pipeline.Render(stream, cancellationToken) is not RenderOutcome.Rendered rendered)
        {
            throw new InvalidOperationException($"our pipeline rejected '{path}'");
        }

        foreach (var thumbnail in rendered.Thumbnails)
        {
            File.WriteAllBytes(Path.Combine(outputDirectory, thumbnail.Preset.Name + extension), thumbnail.Bytes.Span);
        }
    }

    private ImagePipeline Pipeline(string presets, string extension)
    {
        if (!_pipelines.TryGetValue((presets, extension), out var pipeline))
        {
            var options = ThumbnailOptionsParser.Parse(name => name switch
            {
                ConfigurationVariables.ThumbnailBucket => "bench",
                ConfigurationVariables.Presets => presets,
                ConfigurationVariables.Format => extension == ".png" ? "png" : "jpeg",
                _ => null,
            });
            _pipelines[(presets, extension)] = pipeline = HeifCodecs.Pipeline(options.Pipeline with { Quality = BenchPresets.Quality }, StandardCodecs.All);
        }

        return pipeline;
    }
}
