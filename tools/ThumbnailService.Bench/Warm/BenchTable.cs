using Spectre.Console;
using ThumbnailService.Local.Commands;

namespace ThumbnailService.Bench.Warm;

/// <summary>
/// The bench's tables: one row per image, task and tool (median ms, median CPU ms, peak RSS, ratio to sharp), then the
/// geometric mean ratio per tool and task. Plain ASCII without colour when not writing to a terminal.
/// </summary>
internal static class BenchTable
{
    public static void Write(TextWriter writer, BenchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var (console, plain) = TableConsole.For(writer, 160);

        var border = plain ? TableBorder.Ascii : TableBorder.Rounded;
        console.Write(Rows(report, border));
        console.Write(Summaries(report, border));
        foreach (var note in report.Notes)
        {
            console.WriteLine("  " + note);
        }
    }

    public static Table Rows(BenchReport report, TableBorder border)
    {
        ArgumentNullException.ThrowIfNull(report);
        var table = new Table { Border = border };
        table.AddColumns("image", "task", "tool");
        foreach (var header in new[] { "runs", "median ms", "median CPU ms", "peak RSS MB", $"ms / {report.ReferenceTool}", $"CPU / {report.ReferenceTool}" })
        {
            table.AddColumn(new TableColumn(header).RightAligned());
        }

        foreach (var row in report.Rows)
        {
            table.AddRow(
                Markup.Escape(row.Image), BenchPresets.Label(row.Task), Markup.Escape(row.Tool), row.Runs.ToString(System.Globalization.CultureInfo.InvariantCulture),
                BenchFormat.Number(row.MedianMs), BenchFormat.Number(row.MedianCpuMs), BenchFormat.Number(row.PeakRssMb, "0"), BenchFormat.Ratio(row.RatioToReference), BenchFormat.Ratio(row.CpuRatioToReference));
        }

        table.Caption($"load average (1/5/15 min): {report.LoadAverage}");
        return table;
    }

    public static Table Summaries(BenchReport report, TableBorder border)
    {
        ArgumentNullException.ThrowIfNull(report);
        var table = new Table { Border = border };
        table.AddColumns("tool", "task");
        table.AddColumn(new TableColumn("images").RightAligned());
        table.AddColumn(new TableColumn($"geometric mean ms / {report.ReferenceTool}").RightAligned());
        table.AddColumn(new TableColumn($"geometric mean CPU / {report.ReferenceTool}").RightAligned());
        foreach (var summary in report.Summaries.OrderBy(s => s.Task))
        {
            table.AddRow(Markup.Escape(summary.Tool), BenchPresets.Label(summary.Task), summary.Images.ToString(System.Globalization.CultureInfo.InvariantCulture), BenchFormat.Ratio(summary.GeometricMeanRatio), BenchFormat.Ratio(summary.GeometricMeanCpuRatio));
        }

        return table;
    }
}
