using System.Runtime.InteropServices;

namespace ThumbnailService.CommandLine;

/// <summary>The whole of a command program's Main: Ctrl-C and SIGTERM cancel the running command, then dispatch.</summary>
public static class CommandHost
{
    public static async Task<int> RunAsync(IReadOnlyList<ICommand> commands, IReadOnlyList<string> arguments)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        // SIGTERM (kill, CI, containers) stops a command the same way as Ctrl-C, so child processes are shut down, not orphaned.
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            cancellation.Cancel();
        });

        return await CommandDispatcher.RunAsync(commands, arguments, CommandConsole.System, cancellation.Token);
    }
}
