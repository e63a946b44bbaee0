using Spectre.Console;
using ThumbnailService.Operations.Backfill;

namespace ThumbnailService.Operations.Commands.Backfill;

/// <summary>
/// Runs a backfill under the right progress display on stderr: Spectre.Console's live progress when both stdout and
/// stderr are the terminal, plain periodic lines otherwise (redirected, CI, tests).
/// </summary>
internal static class BackfillProgressView
{
    public static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(2);

    public static bool IsInteractive(CommandConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        return ReferenceEquals(console.Error, Console.Error) && !Console.IsErrorRedirected && !Console.IsOutputRedirected;
    }

    public static async Task<BackfillReport> RunAsync(
        CommandConsole console, string command, TimeProvider time, Func<IBackfillProgress, Task<BackfillReport>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (!IsInteractive(console))
        {
            return await work(new PlainBackfillProgress(console.Error, command, time, PlainInterval));
        }

        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var progress = new Progress(terminal, time) { AutoClear = false, HideCompleted = false };
        return await progress.Columns(SpectreBackfillProgress.Columns).StartAsync(async context =>
        {
            var view = new SpectreBackfillProgress(context);
            try
            {
                return await work(view);
            }
            finally
            {
                view.Finish();
            }
        });
    }
}
