using System.Runtime.InteropServices;
using ThumbnailService.Local.Commands;

// One line per command (each lives in Commands/).
ICommand[] commands =
[
    new RunCommand(),
    new UpCommand(),
    new InvokeCommand(),
    new PollCommand(),
    new BackfillCommand(Environment.GetEnvironmentVariable, TimeProvider.System),
    new ManifestCommand(Environment.GetEnvironmentVariable, TimeProvider.System),
    new BenchCommand(),
    new BenchWorkerCommand(),
];

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

return await CommandDispatcher.RunAsync(commands, args, CommandConsole.System, cancellation.Token);
