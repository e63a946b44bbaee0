using System.Diagnostics;

namespace ThumbnailService.Local.Emulator;

/// <summary>The running custom runtime: its output goes to the platform log, its peak memory is sampled from /proc.</summary>
internal sealed class FunctionProcess : IDisposable
{
    private readonly Process _process;
    private readonly Action<string> _output;
    private readonly TimeProvider _time;
    private long _lastOutputAt;
    private int _peakMb;

    private FunctionProcess(Process process, Action<string> output, TimeProvider time)
    {
        _process = process;
        _output = output;
        _time = time;
        _lastOutputAt = time.GetTimestamp();
    }

    /// <summary>Completes with the exit code once the process and its output pipes have ended.</summary>
    public Task<int> Exited { get; private set; } = Task.FromResult(0);

    public bool HasExited => Exited.IsCompleted;

    /// <summary>The operating-system process id (for reading /proc/PID/status).</summary>
    public int Id => _process.Id;

    public int? ExitCode => Exited.IsCompletedSuccessfully ? Exited.Result : null;

    /// <summary>True once the emulator killed it on purpose (timeout, reset, dispose).</summary>
    public bool Killed { get; private set; }

    public static FunctionProcess Start(FunctionProcessOptions options, IReadOnlyDictionary<string, string> environment, Action<string> output, TimeProvider time)
    {
        var startInfo = new ProcessStartInfo(options.ExecutablePath)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            WorkingDirectory = FunctionEnvironment.WorkingDirectory(options),
        };
        foreach (var argument in options.Arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment.Clear();
        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }

        var process = new Process { StartInfo = startInfo };
        var function = new FunctionProcess(process, output, time);
        process.OutputDataReceived += (_, e) => function.OnOutput(e.Data);
        process.ErrorDataReceived += (_, e) => function.OnOutput(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        function.Exited = function.WaitForExitAsync();
        return function;
    }

    /// <summary>Peak resident memory so far in MB (kept after the process is gone).</summary>
    public int ReadPeakMemoryMb()
    {
        if (!HasExited && ProcessMemoryReader.ReadPeakMb(_process.Id) is { } peak)
        {
            _peakMb = Math.Max(_peakMb, peak);
        }

        return _peakMb;
    }

    /// <summary>Waits until the output has been quiet for <paramref name="quiet"/>, so lines written just before a response precede END.</summary>
    public async Task WaitForQuietOutputAsync(TimeSpan quiet, TimeSpan atMost, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        while (!HasExited
            && _time.GetElapsedTime(Math.Max(started, Interlocked.Read(ref _lastOutputAt))) < quiet
            && _time.GetElapsedTime(started) < atMost)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(5), _time, cancellationToken);
        }
    }

    public async Task KillAsync()
    {
        Killed = true;
        if (!HasExited)
        {
            ReadPeakMemoryMb();
            try
            {
                _process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // Exited in the meantime.
            }
        }

        await Exited;
    }

    public void Dispose() => _process.Dispose();

    private async Task<int> WaitForExitAsync()
    {
        await _process.WaitForExitAsync();
        return _process.ExitCode;
    }

    private void OnOutput(string? line)
    {
        if (line is null)
        {
            return;
        }

        Interlocked.Exchange(ref _lastOutputAt, _time.GetTimestamp());
        _output(line);
    }
}
