using ThumbnailService.Bench.Samples;

namespace ThumbnailService.Bench.Commands;

/// <summary><c>thumbs-bench samples [DIR]</c>: (re)writes the painted images of samples/ (<see cref="SampleSet"/>).</summary>
internal sealed class SamplesCommand : ICommand
{
    public string Name => "samples";

    public string Usage => "samples [DIR (default: the repository's samples/)]   writes the sample images the project paints in code";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CommandConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(console);
        if (arguments.Count > 1)
        {
            throw new UsageException("samples takes at most one folder");
        }

        var folder = Path.GetFullPath(arguments.Count == 1 ? arguments[0] : Path.Combine(RepositoryLayout.Root, "samples"));
        foreach (var path in await SampleSet.WriteAsync(folder, cancellationToken))
        {
            await console.Out.WriteLineAsync($"{new FileInfo(path).Length,9:N0} bytes  {Path.GetRelativePath(folder, path)}");
        }

        return 0;
    }
}
