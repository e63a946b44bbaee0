using System.Text.Json;

namespace ThumbnailService.Bench.Charts;

/// <summary>
/// Reads back what the bench wrote: <c>bench-results.json</c> (<see cref="BenchJsonWriter"/>) as a report, or
/// <c>bench-cold.json</c> (<see cref="ColdReport.WriteJson"/>) as cold rows; null (JSON's "not measured") becomes NaN.
/// </summary>
internal static class BenchJsonReader
{
    public static bool IsCold(JsonElement root) => root.TryGetProperty("builds", out _);

    public static BenchReport ReadReport(JsonElement root)
    {
        var rows = root.GetProperty("rows").EnumerateArray().Select(r => new BenchRow(
            Text(r, "image"), Task(r), Text(r, "tool"), r.GetProperty("runs").GetInt32(),
            Number(r, "medianMs"), Number(r, "medianCpuMs"), Number(r, "peakRssMb"), Number(r, "ratioToReference"), Number(r, "cpuRatioToReference"))).ToList();
        var summaries = root.GetProperty("summaries").EnumerateArray().Select(s => new BenchSummary(
            Text(s, "tool"), Task(s), Number(s, "geometricMeanRatio"), s.GetProperty("images").GetInt32(), Number(s, "geometricMeanCpuRatio"))).ToList();
        var notes = root.TryGetProperty("notes", out var n) ? n.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToList() : [];
        return new BenchReport(rows, summaries, Text(root, "referenceTool"), Text(root, "loadAverage"), notes);
    }

    public static IReadOnlyList<ColdRow> ReadCold(JsonElement root) =>
        root.GetProperty("builds").EnumerateArray().Select(b => new ColdRow(
            Text(b, "build"), Text(b, "description"), b.GetProperty("runs").GetInt32(), Number(b, "medianMs"), Number(b, "minMs"),
            Number(b, "peakRssMb"), Number(b, "sizeMb"), Number(b, "medianInitMs"))).ToList();

    private static BenchTask Task(JsonElement element) => Text(element, "task") switch
    {
        "256px" => BenchTask.Single,
        "presets" => BenchTask.Presets,
        var other => throw new JsonException($"unknown task '{other}' (256px or presets)"),
    };

    private static string Text(JsonElement element, string name) =>
        element.GetProperty(name).GetString() ?? throw new JsonException($"'{name}' is null");

    private static double Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : double.NaN;
}
