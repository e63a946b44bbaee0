using ThumbnailService.Local.Commands;

// One line per command (each lives in Commands/).
ICommand[] commands =
[
    new RunCommand(),
    new UpCommand(),
    new InvokeCommand(),
];

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return await CommandDispatcher.RunAsync(commands, args, CommandConsole.System, cancellation.Token);
