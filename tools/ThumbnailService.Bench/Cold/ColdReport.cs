using System.Text.Json;
using Spectre.Console;
using ThumbnailService.Local.Commands;

namespace ThumbnailService.Bench.Cold;

/// <summary>The cold-start table and its JSON.</summary>
internal static class ColdReport
{
    public static void WriteTable(TextWriter writer, IReadOnlyList<ColdRow> rows, string loadAverage)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var (console, plain) = TableConsole.For(writer, 160);

        var table = new Table { Border = plain ? TableBorder.Ascii : TableBorder.Rounded };
        table.AddColumns("build", "what");
        foreach (var header in new[] { "runs", "median ms", "min ms", "median init ms", "peak RSS MB", "size MB" })
        {
            table.AddColumn(new TableColumn(header).RightAligned());
        }

        foreach (var row in rows)
        {
            table.AddRow(
                Markup.Escape(row.Variant), Markup.Escape(row.Description), row.Runs.ToString(System.Globalization.CultureInfo.InvariantCulture),
                BenchFormat.Number(row.MedianMs), BenchFormat.Number(row.MinMs), BenchFormat.Number(row.MedianInitMs), BenchFormat.Number(row.PeakRssMb, "0"), BenchFormat.Number(row.SizeMb));
        }

        table.Caption(
            $"exec to the first 256 px thumbnail of a 12 MP JPEG: posted by bootstrap (S3 get/put on the local S3), or written by {ColdVariant.Bare} from a local file; "
            + $"init = exec to first /next (- without the Lambda runtime); load average: {loadAverage}");
        console.Write(table);
    }

    public static void WriteJson(Stream stream, IReadOnlyList<ColdRow> rows, string loadAverage)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("loadAverage", loadAverage);
        json.WriteStartArray("builds");
        foreach (var row in rows)
        {
            json.WriteStartObject();
            json.WriteString("build", row.Variant);
            json.WriteString("description", row.Description);
            json.WriteNumber("runs", row.Runs);
            json.WriteNumber("medianMs", Math.Round(row.MedianMs, 3));
            json.WriteNumber("minMs", Math.Round(row.MinMs, 3));
            WriteIfMeasured(json, "medianInitMs", row.MedianInitMs, 3);
            WriteIfMeasured(json, "peakRssMb", row.PeakRssMb, 1);
            json.WriteNumber("sizeMb", Math.Round(row.SizeMb, 2));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A figure that was not measured (NaN) is left out: JSON has no NaN.</summary>
    private static void WriteIfMeasured(Utf8JsonWriter json, string name, double value, int decimals)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumber(name, Math.Round(value, decimals));
        }
    }
}
