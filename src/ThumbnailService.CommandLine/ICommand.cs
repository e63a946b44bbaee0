namespace ThumbnailService.CommandLine;

/// <summary>One <c>thumbs</c> sub-command. Register it with one line in Program.cs.</summary>
public interface ICommand
{
    /// <summary>The word after <c>thumbs</c>, e.g. <c>invoke</c>.</summary>
    string Name { get; }

    /// <summary>The usage line shown by <c>thumbs --help</c> and on bad usage, without the leading <c>thumbs</c>.</summary>
    string Usage { get; }

    /// <summary>Runs the command; returns the exit code. Throw <see cref="UsageException"/> for bad usage (exit 2).</summary>
    Task<int> RunAsync(IReadOnlyList<string> arguments, CommandConsole console, CancellationToken cancellationToken);
}
