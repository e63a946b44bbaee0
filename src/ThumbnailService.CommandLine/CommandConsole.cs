namespace ThumbnailService.CommandLine;

/// <summary>Where a command writes: <see cref="Out"/> for results (pipeable), <see cref="Error"/> for logs and messages.</summary>
public sealed record CommandConsole(TextWriter Out, TextWriter Error)
{
    public static CommandConsole System => new(Console.Out, Console.Error);
}
