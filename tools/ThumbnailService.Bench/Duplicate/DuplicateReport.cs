using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using ThumbnailService.Local.Commands;

namespace ThumbnailService.Bench.Duplicate;

/// <summary>
/// The duplicate-event table and its JSON: per image, the first processing against the same event again in the same
/// sandbox (the memo of finished events) and in another sandbox (one HEAD of the manifest).
/// </summary>
internal static class DuplicateReport
{
    /// <summary>The target: a duplicate event costs at most this share of the first processing.</summary>
    public const double TargetPercent = 3;

    private static readonly string Target = $"<= {TargetPercent.ToString(CultureInfo.InvariantCulture)}%";

    /// <summary>0.0123 -> "1.2%"; "-" when not measured.</summary>
    public static string Percent(double ratio) => double.IsFinite(ratio) ? BenchFormat.Number(ratio * 100) + "%" : "-";

    /// <summary>The same-sandbox duplicate's requests: "none", or what it made with "(expected none)".</summary>
    public static string SameRequests(DuplicateFigures figures) =>
        Describe(figures, "", " (expected none)");

    /// <summary>The other-sandbox duplicate's requests: "1 HEAD (the manifest)", or what it made with "(NOT one manifest HEAD)".</summary>
    public static string OtherRequests(DuplicateFigures figures) =>
        Describe(figures, " (the manifest)", " (NOT one manifest HEAD)");

    public static void WriteTable(TextWriter writer, IReadOnlyList<DuplicateRow> rows, string loadAverage)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var (console, plain) = TableConsole.For(writer, 200);
        var table = new Table { Border = plain ? TableBorder.Ascii : TableBorder.Rounded };
        table.AddColumns("image", "runs", "first ms", "same ms", "same/first", "same's S3 requests");
        table.AddColumns("other ms", "other/first", "other's S3 requests", "bare HEAD ms", "same " + Target, "other " + Target);
        foreach (int column in new[] { 1, 2, 3, 4, 6, 7, 9 })
        {
            table.Columns[column].RightAligned();
        }

        foreach (var row in rows)
        {
            AddRow(table, row, SameRequests(row.Same), OtherRequests(row.Other));
        }

        AddRow(table, DuplicateRow.Overall(rows), "", "");
        table.Caption($"load average (1/5/15 min): {loadAverage}");
        console.Write(table);
        console.WriteLine("  first = the S3 event of a new upload, on the main sandbox; same = the same event again on main (its memo of finished events);");
        console.WriteLine("  other = the same event on a second warm sandbox (one HEAD of the source's manifest); local S3, default presets; duplicates alternate in order");
        console.WriteLine("  ms = the emulator's invocation duration (dispatch to response), median; bare HEAD = one HEAD on the local S3 from the bench");
        console.WriteLine($"  target: a duplicate event {Target} of the time of first processing");
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

    private static string Describe(DuplicateFigures figures, string expectedNote, string unexpectedNote) =>
        Markup.Escape(figures.Requests) + (figures.AsExpected ? expectedNote : unexpectedNote);

    private static void AddRow(Table table, DuplicateRow row, string sameRequests, string otherRequests) => table.AddRow(
        Markup.Escape(row.Image),
        row.Runs.ToString(CultureInfo.InvariantCulture),
        BenchFormat.Number(row.MedianFirstMs),
        BenchFormat.Number(row.Same.MedianMs, "0.00"),
        Percent(row.Same.Ratio),
        sameRequests,
        BenchFormat.Number(row.Other.MedianMs, "0.00"),
        Percent(row.Other.Ratio),
        otherRequests,
        BenchFormat.Number(row.MedianHeadMs, "0.00"),
        YesNo(row.Same.Within(TargetPercent)),
        YesNo(row.Other.Within(TargetPercent)));

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static void WriteRow(Utf8JsonWriter json, DuplicateRow row)
    {
        json.WriteStartObject();
        json.WriteString("image", row.Image);
        json.WriteNumber("runs", row.Runs);
        WriteNumber(json, "medianFirstMs", row.MedianFirstMs);
        WriteNumber(json, "medianBareHeadMs", row.MedianHeadMs);
        WriteFigures(json, "sameSandbox", row.Same, "noS3Request");
        WriteFigures(json, "otherSandbox", row.Other, "oneManifestHead");
        json.WriteEndObject();
    }

    /// <param name="expectation">Name of the flag saying that every run made the expected S3 requests.</param>
    private static void WriteFigures(Utf8JsonWriter json, string name, DuplicateFigures figures, string expectation)
    {
        json.WriteStartObject(name);
        WriteNumber(json, "medianMs", figures.MedianMs);
        WriteNumber(json, "ratioPercent", figures.Ratio * 100);
        if (figures.Requests.Length > 0)
        {
            json.WriteString("requests", figures.Requests);
        }

        json.WriteBoolean(expectation, figures.AsExpected);
        json.WriteBoolean("withinTarget", figures.Within(TargetPercent));
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
