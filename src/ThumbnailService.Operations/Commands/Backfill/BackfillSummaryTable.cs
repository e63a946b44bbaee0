using System.Globalization;
using Spectre.Console;
using ThumbnailService.Core.Processing;
using ThumbnailService.Operations.Backfill;

namespace ThumbnailService.Operations.Commands.Backfill;

/// <summary>
/// The table a backfill ends with: how the sources were found, what fixing them gave, the orphans and the failures.
/// On a terminal rounded and coloured; redirected, ASCII without escape codes.
/// </summary>
internal static class BackfillSummaryTable
{
    public static void Write(TextWriter writer, BackfillReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var (console, plain) = TableConsole.For(writer);
        console.Write(Build(report, plain));
    }

    public static Table Build(BackfillReport report, bool plain)
    {
        ArgumentNullException.ThrowIfNull(report);
        var table = new Table { Border = plain ? TableBorder.Ascii : TableBorder.Rounded };
        table.AddColumn("Outcome");
        table.AddColumn(new TableColumn("Count").RightAligned());
        foreach (var (label, count) in Rows(report))
        {
            table.AddRow(new Text(label), new Text(count.ToString("N0", CultureInfo.InvariantCulture)));
        }

        var seconds = report.Elapsed.TotalSeconds;
        table.Caption(string.Create(
            CultureInfo.InvariantCulture,
            $"{(report.Options.DryRun ? "dry run: nothing changed; " : string.Empty)}{(report.Completed ? string.Empty : "STOPPED early; ")}"
            + $"{report.Checked:N0} of {report.Inventory.Sources.Count:N0} source(s) checked in {seconds:0.0} s ({(seconds > 0 ? report.Checked / seconds : 0):0.0}/s)"));
        return table;
    }

    public static IEnumerable<(string Label, int Count)> Rows(BackfillReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var tally = report.Tally;
        yield return ("Sources listed", report.Inventory.Sources.Count);
        yield return ("Skipped (folder markers, own thumbnails)", report.Inventory.Skipped);
        yield return ("Up to date", tally.Count(SourceState.UpToDate));
        yield return ("Missing thumbnails", tally.Count(SourceState.Missing));
        yield return ("Stale thumbnails", tally.Count(SourceState.Stale));
        if (!report.Options.DryRun)
        {
            yield return ("Created", tally.Outcome(nameof(ThumbnailOutcome.Created)));
            yield return ("AlreadyDone (fixed meanwhile)", tally.Outcome(nameof(ThumbnailOutcome.AlreadyDone)));
            yield return ("SourceGone (deleted meanwhile)", tally.Outcome(nameof(ThumbnailOutcome.SourceGone)));
            foreach (var (reason, count) in tally.Rejected.OrderBy(r => r.Key.ToString(), StringComparer.Ordinal))
            {
                yield return ($"Rejected: {reason}", count);
            }
        }

        yield return ("Orphans found", report.Inventory.Orphans.Count);
        yield return ("Orphans deleted", tally.OrphansDeleted);
        yield return ("Failed", tally.Failures.Count);
    }
}
