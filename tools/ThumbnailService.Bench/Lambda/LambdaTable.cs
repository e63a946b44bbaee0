using System.Globalization;
using Spectre.Console;
using ThumbnailService.Bench.Warm;
using ThumbnailService.Local.Commands;

namespace ThumbnailService.Bench.Lambda;

/// <summary>The Lambda bench's tables: cost per setting, then the warm median of each source at each setting.</summary>
internal static class LambdaTable
{
    public static void Write(TextWriter writer, LambdaReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var (console, plain) = TableConsole.For(writer, 180);
        console.Write(Settings(report, plain));
        console.Write(PerSource(report, plain));
        writer.WriteLine($"CPU: {LambdaReport.Formula}");
        writer.WriteLine($"price: {report.Price.Describe()}");
        writer.WriteLine($"limits: {report.Throttle}");
        writer.WriteLine($"load average: {report.LoadAverage} (2-core machine shared with other work: durations are upper bounds)");
        writer.WriteLine(Cheapest("warm", report.CheapestWarm, LambdaMode.Warm));
        writer.WriteLine(Cheapest("cold", report.CheapestCold, LambdaMode.Cold));
    }

    public static string Cheapest(string label, LambdaRow? row, LambdaMode mode) =>
        row is null
            ? $"cheapest setting ({label}): none (no setting rendered every source within its memory)"
            : string.Create(CultureInfo.InvariantCulture, $"cheapest setting ({label}): {row.MemoryMb} MB, ${row.Cost(mode).UsdPerThousand:0.00000} per 1,000 sources, {row.Cost(mode).MeanMs:0} ms per source");

    private static Table Settings(LambdaReport report, bool plain)
    {
        var table = new Table { Border = plain ? TableBorder.Ascii : TableBorder.Rounded };
        table.AddColumn("memory MB");
        foreach (var header in new[] { "vCPU", "quota us", "warm ms/source", "warm GB-s/1k", "warm USD/1k", "cold ms/source", "cold GB-s/1k", "cold USD/1k", "peak RSS MB" })
        {
            table.AddColumn(new TableColumn(header).RightAligned());
        }

        table.AddColumn("note");
        foreach (var row in report.Rows)
        {
            table.AddRow(
                Invariant(row.MemoryMb), BenchFormat.Number(row.Vcpus, "0.00"), Invariant(LambdaCpu.QuotaMicroseconds(row.MemoryMb)),
                BenchFormat.Number(row.Warm.MeanMs, "0"), BenchFormat.Number(row.Warm.GbSecondsPerThousand, "0.00"), BenchFormat.Number(row.Warm.UsdPerThousand, "0.00000"),
                BenchFormat.Number(row.Cold.MeanMs, "0"), BenchFormat.Number(row.Cold.GbSecondsPerThousand, "0.00"), BenchFormat.Number(row.Cold.UsdPerThousand, "0.00000"),
                BenchFormat.Number(row.PeakRssMb, "0"), Markup.Escape(Note(row)));
        }

        table.Caption(Markup.Escape(
            $"ms/source: mean over the {report.Sources.Count} sources of each one's median duration (default presets, format auto), warm = invocation only, cold = exec + init + first invocation; "
            + "cost of 1,000 sources = one of each, billed its median rounded up to 1 ms, plus the request"));
        return table;
    }

    private static Table PerSource(LambdaReport report, bool plain)
    {
        var table = new Table { Border = plain ? TableBorder.Ascii : TableBorder.Rounded };
        table.AddColumn("warm median ms");
        foreach (var row in report.Rows)
        {
            table.AddColumn(new TableColumn(Invariant(row.MemoryMb) + " MB").RightAligned());
        }

        foreach (var source in report.Sources)
        {
            table.AddRow([Markup.Escape(source), .. report.Rows.Select(r => BenchFormat.Number(r.WarmMedianMs.GetValueOrDefault(source, double.NaN), "0"))]);
        }

        return table;
    }

    private static string Note(LambdaRow row) =>
        row.Failures.Count > 0 ? "failed: " + string.Join("; ", row.Failures)
        : row.Fits ? ""
        : "peak RSS over the setting: no headroom (the kernel reclaimed file pages here; Lambda may stop it)";

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
