using Spectre.Console;

namespace ThumbnailService.CommandLine;

/// <summary>
/// A Spectre console for a table written to <paramref name="writer"/>: rounded and coloured on a terminal; plain ASCII
/// without escape codes (and a fixed width, when given) when the writer is not the terminal or output is redirected.
/// </summary>
public sealed record TableConsole(IAnsiConsole Console, bool Plain)
{
    public static TableConsole For(TextWriter writer, int? plainWidth = null)
    {
        var plain = !ReferenceEquals(writer, System.Console.Out) || System.Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        if (plain && plainWidth is { } width)
        {
            console.Profile.Width = width;
        }

        return new TableConsole(console, plain);
    }
}
