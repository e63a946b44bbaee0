using System.Text.Json;

namespace ThumbnailService.Bench.Warm;

/// <summary>Writes a <see cref="BenchReport"/> as JSON (numbers not measured are null).</summary>
internal static class BenchJsonWriter
{
    public static void Write(Stream stream, BenchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("referenceTool", report.ReferenceTool);
        json.WriteString("loadAverage", report.LoadAverage);
        json.WriteStartArray("rows");
        foreach (var row in report.Rows)
        {
            json.WriteStartObject();
            json.WriteString("image", row.Image);
            json.WriteString("task", BenchPresets.Label(row.Task));
            json.WriteString("tool", row.Tool);
            json.WriteNumber("runs", row.Runs);
            Number(json, "medianMs", row.MedianMs);
            Number(json, "medianCpuMs", row.MedianCpuMs);
            Number(json, "peakRssMb", row.PeakRssMb);
            Number(json, "ratioToReference", row.RatioToReference);
            Number(json, "cpuRatioToReference", row.CpuRatioToReference);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("summaries");
        foreach (var summary in report.Summaries)
        {
            json.WriteStartObject();
            json.WriteString("tool", summary.Tool);
            json.WriteString("task", BenchPresets.Label(summary.Task));
            json.WriteNumber("images", summary.Images);
            Number(json, "geometricMeanRatio", summary.GeometricMeanRatio);
            Number(json, "geometricMeanCpuRatio", summary.GeometricMeanCpuRatio);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("notes");
        report.Notes.ToList().ForEach(json.WriteStringValue);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, double value)
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
