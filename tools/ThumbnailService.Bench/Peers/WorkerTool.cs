using System.Diagnostics;

namespace ThumbnailService.Bench.Peers;

/// <summary>
/// A tool run as one long-lived worker process (started and warmed once, so start-up is not timed). The worker
/// times each job itself; its peak RSS per job comes from /proc (reset before each job).
/// </summary>
internal sealed class WorkerTool : IBenchTool
{
    private readonly Process _process;

    private WorkerTool(string name, string note, Process process)
    {
        Name = name;
        Note = note;
        _process = process;
    }

    public string Name { get; }

    public string Note { get; }

    public static async Task<WorkerTool> StartAsync(string name, string note, ProcessStartInfo start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.UseShellExecute = false;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{name}: could not start {start.FileName}");
        var first = await process.StandardOutput.ReadLineAsync(cancellationToken);
        if (first != WorkerProtocol.Ready)
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw new InvalidOperationException($"{name}: the worker did not start (said '{first}')");
        }

        return new WorkerTool(name, note, process);
    }

    public async Task<Measurement> RunAsync(BenchJob job, CancellationToken cancellationToken)
    {
        bool reset = ProcStatus.TryResetPeak(_process.Id);
        await _process.StandardInput.WriteLineAsync(WorkerProtocol.FormatJob(job).AsMemory(), cancellationToken);
        await _process.StandardInput.FlushAsync(cancellationToken);
        var (wall, cpu) = WorkerProtocol.ParseResult(await _process.StandardOutput.ReadLineAsync(cancellationToken));
        return new Measurement(wall, cpu, reset ? ProcStatus.ReadPeakMb(_process.Id) : double.NaN);
    }

    public async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
