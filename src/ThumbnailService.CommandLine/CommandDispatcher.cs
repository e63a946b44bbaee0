namespace ThumbnailService.CommandLine;

/// <summary>Picks the command named by the first argument; exit 2 with a clear message on bad usage.</summary>
public static class CommandDispatcher
{
    public const int UsageExitCode = 2;

    /// <summary>128 + SIGINT, as shells report a command stopped by Ctrl-C.</summary>
    public const int CancelledExitCode = 130;

    public static async Task<int> RunAsync(IReadOnlyList<ICommand> commands, IReadOnlyList<string> arguments, CommandConsole console, CancellationToken cancellationToken)
    {
        if (arguments.Count == 0 || arguments[0] is "-h" or "--help" or "help")
        {
            PrintUsage(commands, console.Error);
            return arguments.Count == 0 ? UsageExitCode : 0;
        }

        var command = commands.FirstOrDefault(c => string.Equals(c.Name, arguments[0], StringComparison.Ordinal));
        if (command is null)
        {
            await console.Error.WriteLineAsync($"thumbs: unknown command '{arguments[0]}'.");
            PrintUsage(commands, console.Error);
            return UsageExitCode;
        }

        var rest = arguments.Skip(1).ToArray();
        if (rest is ["-h" or "--help"])
        {
            await console.Error.WriteLineAsync($"usage: thumbs {command.Usage}");
            return 0;
        }

        try
        {
            return await command.RunAsync(rest, console, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await console.Error.WriteLineAsync($"thumbs {command.Name}: cancelled.");
            return CancelledExitCode;
        }
        catch (UsageException e)
        {
            await console.Error.WriteLineAsync($"thumbs {command.Name}: {e.Message}");
            await console.Error.WriteLineAsync($"usage: thumbs {command.Usage}");
            return UsageExitCode;
        }
    }

    private static void PrintUsage(IReadOnlyList<ICommand> commands, TextWriter error)
    {
        error.WriteLine("usage:");
        foreach (var command in commands)
        {
            error.WriteLine($"  thumbs {command.Usage}");
        }
    }
}
