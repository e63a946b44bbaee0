using System.Text;
using System.Text.Json;
using ThumbnailService.Core.Processing;

namespace ThumbnailService.Functions.Metrics;

/// <summary>
/// One CloudWatch Embedded Metric Format record per source object, written as its own JSON line on stdout.
/// Dimensions stay low-cardinality: function, outcome and reason (never keys or buckets).
/// </summary>
internal sealed class EmbeddedMetrics(TextWriter output, TimeProvider time, string function)
{
    public const string Namespace = "ThumbnailService";

    private static readonly (string Name, string Unit)[] Definitions =
    [
        ("Objects", "Count"), ("BytesIn", "Bytes"), ("BytesOut", "Bytes"), ("SourceMegapixels", "None"),
        ("ThumbnailsWritten", "Count"), ("S3Gets", "Count"), ("S3Puts", "Count"),
        ("CheckMs", "Milliseconds"), ("DownloadMs", "Milliseconds"), ("RenderMs", "Milliseconds"), ("UploadMs", "Milliseconds"), ("TotalMs", "Milliseconds"),
    ];

    public void Publish(ThumbnailResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            WriteMetadata(writer);
            writer.WriteString("Function", function);
            writer.WriteString("Outcome", result.Outcome.Name);
            writer.WriteString("Reason", OutcomeReason.Of(result.Outcome).Reason ?? "None");
            WriteValues(writer, result);
            writer.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length) + "\n");
        output.Flush();
    }

    private void WriteMetadata(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("_aws");
        writer.WriteNumber("Timestamp", time.GetUtcNow().ToUnixTimeMilliseconds());
        writer.WriteStartArray("CloudWatchMetrics");
        writer.WriteStartObject();
        writer.WriteString("Namespace", Namespace);
        writer.WriteStartArray("Dimensions");
        WriteDimensionSet(writer, "Function", "Outcome");
        WriteDimensionSet(writer, "Function", "Outcome", "Reason");
        writer.WriteEndArray();
        writer.WriteStartArray("Metrics");
        foreach (var (name, unit) in Definitions)
        {
            writer.WriteStartObject();
            writer.WriteString("Name", name);
            writer.WriteString("Unit", unit);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteValues(Utf8JsonWriter writer, ThumbnailResult result)
    {
        var metrics = result.Metrics;
        var stages = metrics.StageMilliseconds;
        writer.WriteNumber("Objects", 1);
        writer.WriteNumber("BytesIn", metrics.BytesIn);
        writer.WriteNumber("BytesOut", metrics.BytesOut);
        writer.WriteNumber("SourceMegapixels", Math.Round(metrics.SourceWidth * (double)metrics.SourceHeight / 1_000_000, 3));
        writer.WriteNumber("ThumbnailsWritten", result.Outcome is ThumbnailOutcome.Created created ? created.Written.Count : 0);
        writer.WriteNumber("S3Gets", metrics.Gets);
        writer.WriteNumber("S3Puts", metrics.Puts);
        writer.WriteNumber("CheckMs", stages.TryGetValue(Stages.Check, out var check) ? check : 0);
        writer.WriteNumber("DownloadMs", stages.TryGetValue(Stages.Download, out var download) ? download : 0);
        writer.WriteNumber("RenderMs", stages.TryGetValue(Stages.Render, out var render) ? render : 0);
        writer.WriteNumber("UploadMs", stages.TryGetValue(Stages.Upload, out var upload) ? upload : 0);
        writer.WriteNumber("TotalMs", Math.Round(stages.Values.Sum(), 2));
    }

    private static void WriteDimensionSet(Utf8JsonWriter writer, params string[] names)
    {
        writer.WriteStartArray();
        foreach (var name in names)
        {
            writer.WriteStringValue(name);
        }

        writer.WriteEndArray();
    }
}
