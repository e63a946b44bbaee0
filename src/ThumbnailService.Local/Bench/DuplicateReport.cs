using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using ThumbnailService.Local.Commands;

namespace ThumbnailService.Local.Bench;

/// <summary>The duplicate-event table and its JSON: per image, first processing against the same event again.</summary>
internal static class DuplicateReport
{
    /// <summary>The target: a duplicate event costs at most this share of the first processing.</summary>
    public const double TargetPercent = 3;

    /// <summary>0.0123 -> "1.2%"; "-" when not measured.</summary>
    public static string Percent(double ratio) => double.IsFinite(ratio) ? BenchFormat.Number(ratio * 100) + "%" : "-";

    public static void WriteTable(TextWriter writer, IReadOnlyList<DuplicateRow> rows, string loadAverage)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var (console, plain) = TableConsole.For(writer, 160);
        var table = new Table { Border = plain ? TableBorder.Ascii : TableBorder.Rounded };
        table.AddColumn("image");
        foreach (var header in new[] { "runs", "first ms", "duplicate ms", "duplicate/first", "bare HEAD ms" })
        {
            table.AddColumn(new TableColumn(header).RightAligned());
        }

        table.AddColumns("duplicate's S3 requests", $"<= {TargetPercent.ToString(CultureInfo.InvariantCulture)}%");
        foreach (var row in rows)
        {
            AddRow(table, row, Markup.Escape(row.DuplicateRequests) + (row.HeadsOnly ? " (1 per preset)" : " (NOT heads only)"));
        }

        AddRow(table, DuplicateRow.Overall(rows), "");
        table.Caption($"load average (1/5/15 min): {loadAverage}");
        console.Write(table);
        console.WriteLine("  first = the S3 event of a new upload; duplicate = the same event again; one warm bootstrap, local S3, default presets");
        console.WriteLine("  ms = the emulator's invocation duration (dispatch to response), median; bare HEAD = one HEAD on the local S3 from the bench");
        console.WriteLine($"  target: a duplicate event <= {TargetPercent.ToString(CultureInfo.InvariantCulture)}% of the time of first processing");
    }

    public static void WriteJson(Stream stream, IReadOnlyList<DuplicateRow> rows, string presets, string loadAverage)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("loadAverage", loadAverage);
        json.WriteString("presets", presets);
        json.WriteNumber("targetPercent", TargetPercent);
        json.WriteStartArray("images");
        foreach (var row in rows)
        {
            WriteRow(json, row);
        }

        json.WriteEndArray();
        json.WritePropertyName("overall");
        WriteRow(json, DuplicateRow.Overall(rows));
        json.WriteEndObject();
    }

    private static void AddRow(Table table, DuplicateRow row, string requests) => table.AddRow(
        Markup.Escape(row.Image),
        row.Runs.ToString(CultureInfo.InvariantCulture),
        BenchFormat.Number(row.MedianFirstMs),
        BenchFormat.Number(row.MedianDuplicateMs, "0.00"),
        Percent(row.Ratio),
        BenchFormat.Number(row.MedianHeadMs, "0.00"),
        requests,
        row.Within(TargetPercent) ? "yes" : "no");

    private static void WriteRow(Utf8JsonWriter json, DuplicateRow row)
    {
        json.WriteStartObject();
        json.WriteString("image", row.Image);
        json.WriteNumber("runs", row.Runs);
        WriteNumber(json, "medianFirstMs", row.MedianFirstMs);
        WriteNumber(json, "medianDuplicateMs", row.MedianDuplicateMs);
        WriteNumber(json, "ratioPercent", row.Ratio * 100);
        WriteNumber(json, "medianBareHeadMs", row.MedianHeadMs);
        if (row.DuplicateRequests.Length > 0)
        {
            json.WriteString("duplicateRequests", row.DuplicateRequests);
        }

        json.WriteBoolean("headsOnly", row.HeadsOnly);
        json.WriteBoolean("withinTarget", row.Within(TargetPercent));
        json.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumber(name, Math.Round(value, 3));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
