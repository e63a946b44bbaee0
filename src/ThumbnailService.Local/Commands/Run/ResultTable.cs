using System.Globalization;
using Spectre.Console;
using ThumbnailService.Local.Commands;

namespace ThumbnailService.Local.Commands.Run;

/// <summary>
/// The table <c>thumbs run</c> prints. On a terminal: rounded borders and colour; when redirected (or not the real
/// console): ASCII borders, no colour or escape codes, and a wide fixed width so rows do not wrap.
/// </summary>
internal static class ResultTable
{
    private const int RedirectedWidth = 200;

    public static void Write(TextWriter writer, IReadOnlyList<SourceResult> results)
    {
        var (console, plain) = TableConsole.For(writer, RedirectedWidth);

        console.Write(Build(results, plain));
    }

    public static Table Build(IReadOnlyList<SourceResult> results, bool plain)
    {
        var table = new Table { Border = plain ? TableBorder.Ascii : TableBorder.Rounded };
        table.AddColumn("Source");
        table.AddColumn("Outcome");
        table.AddColumn("Thumbnails");
        table.AddColumn(new TableColumn("Bytes in").RightAligned());
        table.AddColumn(new TableColumn("Bytes out").RightAligned());
        table.AddColumn(new TableColumn("ms").RightAligned());
        foreach (var result in results)
        {
            table.AddRow(
                new Text(OutputFolder.Printable(result.Key)),
                new Text(OutcomeText(result), new Style(result.IsDefined ? (result.Outcome == "Rejected" ? Color.Yellow : Color.Green) : Color.Red)),
                new Text(string.Join(", ", result.Outputs.Select(o => $"{o.Preset} {o.Size}{(o.Written ? string.Empty : " (not written)")}"))),
                new Text(Number(result.BytesIn)),
                new Text(result.Outputs.Count == 0 ? "-" : Number(result.BytesOut)),
                new Text(result.DurationMs is { } ms ? ms.ToString("0", CultureInfo.InvariantCulture) : "-"));
        }

        var defined = results.Count(r => r.IsDefined);
        table.Caption($"{results.Count} file(s), {defined} with a defined outcome, {results.Sum(r => r.Outputs.Count)} thumbnail(s)");
        return table;
    }

    public static string OutcomeText(SourceResult result) =>
        result.Reason is { Length: > 0 } reason ? $"{result.Outcome} ({reason})" : result.Outcome;

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
