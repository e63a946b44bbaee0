using Spectre.Console;
using ThumbnailService.Operations.Commands.Backfill;

namespace ThumbnailService.Operations.Tests.Commands.Backfill;

/// <summary>The terminal display, driven through a Spectre console that believes it is interactive.</summary>
public sealed class SpectreBackfillProgressTests
{
    [Fact]
    public async Task Progress_ListingThenPhases_RendersWithoutThrowing()
    {
        using var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(output),
        });

        await console.Progress().Columns(SpectreBackfillProgress.Columns).StartAsync(context =>
        {
            var progress = new SpectreBackfillProgress(context);
            progress.Listing("s3://uploads", 0);
            progress.Listing("s3://uploads", 1500);
            progress.Begin("Reconciling", 3);
            progress.Advance();
            progress.Advance();
            progress.Begin("Deleting orphans", 0);
            progress.Finish();
            return Task.CompletedTask;
        });

        Assert.Contains("Reconciling", output.ToString(), StringComparison.Ordinal);
    }
}
