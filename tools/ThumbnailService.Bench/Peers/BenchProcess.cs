using System.Diagnostics;

namespace ThumbnailService.Bench.Peers;

/// <summary>Runs one command of a bench tool to completion; a non-zero exit becomes an error naming the tool, the command and its stderr.</summary>
internal static class BenchProcess
{
    /// <param name="command">The program and its arguments.</param>
    /// <param name="tool">The tool's name, first in the error message.</param>
    /// <param name="shown">What the error message shows as the command (e.g. without a GNU time wrapper).</param>
    public static async Task RunAsync(IReadOnlyList<string> command, string tool, IEnumerable<string> shown, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var start = new ProcessStartInfo(command[0]) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool}: could not start {command[0]}");
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool}: {string.Join(' ', shown)} exited with {process.ExitCode}: {(await stderr).Trim()}");
        }
    }
}
