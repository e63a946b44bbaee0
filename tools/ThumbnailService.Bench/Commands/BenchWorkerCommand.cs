
namespace ThumbnailService.Bench.Commands;

/// <summary><c>thumbs bench-worker</c>: our pipeline as a bench worker on stdin/stdout; started by <c>thumbs bench</c>, not by people.</summary>
internal sealed class BenchWorkerCommand : ICommand
{
    public string Name => "bench-worker";

    public string Usage => "bench-worker   (internal: started by 'thumbs bench')";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CommandConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (arguments.Count > 0)
        {
            throw new UsageException("bench-worker takes no arguments");
        }

        await new OursWorker().RunAsync(Console.In, console.Out, cancellationToken);
        return 0;
    }
}
