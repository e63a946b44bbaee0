using System.Text.Json;
using ThumbnailService.Core.Processing;
using ThumbnailService.Aws.Events;
using ThumbnailService.LambdaRuntime.Logging;

namespace ThumbnailService.Functions.Handlers;

/// <summary>The one summary line per source object: outcome, reason, sizes, dimensions, outputs and stage timings.</summary>
internal static class SummaryLog
{
    public static void Write(ILambdaLogger logger, ThumbnailResult result)
    {
        var (reason, detail) = OutcomeReason.Of(result.Outcome);
        var level = result.Outcome is ThumbnailOutcome.Rejected ? LogLevel.Warn : LogLevel.Info;
        logger.Log(level, $"{result.Outcome.Name} s3://{result.Source.Bucket}/{result.Source.Key}", writer =>
        {
            writer.WriteString("outcome", result.Outcome.Name);
            WriteIfPresent(writer, "reason", reason);
            WriteIfPresent(writer, "detail", detail);
            writer.WriteString("bucket", result.Source.Bucket);
            writer.WriteString("key", result.Source.Key);
            WriteIfPresent(writer, "sourceETag", result.Source.ETag);
            WriteMetrics(writer, result.Metrics);
            if (result.Outcome is ThumbnailOutcome.Created created)
            {
                WrittenOutputJson.WriteArray(writer, "outputs", created.Written);
                WriteIfPresent(writer, "manifest", created.Manifest);
            }
        });
    }

    public static SourceSummary ToSummary(ThumbnailResult result)
    {
        var (reason, detail) = OutcomeReason.Of(result.Outcome);
        return new SourceSummary
        {
            Bucket = result.Source.Bucket,
            Key = result.Source.Key,
            Outcome = result.Outcome.Name,
            Reason = reason,
            Detail = detail,
            IsPermanentFailure = result.Outcome is ThumbnailOutcome.Rejected,
            Manifest = (result.Outcome as ThumbnailOutcome.Created)?.Manifest,
        };
    }

    private static void WriteMetrics(Utf8JsonWriter writer, ProcessingMetrics metrics)
    {
        writer.WriteNumber("bytesIn", metrics.BytesIn);
        writer.WriteNumber("bytesOut", metrics.BytesOut);
        if (metrics.SourceFormat is not null)
        {
            writer.WriteString("sourceFormat", metrics.SourceFormat);
            writer.WriteNumber("sourceWidth", metrics.SourceWidth);
            writer.WriteNumber("sourceHeight", metrics.SourceHeight);
        }

        writer.WriteNumber("s3Heads", metrics.Heads);
        writer.WriteNumber("s3Gets", metrics.Gets);
        writer.WriteNumber("s3Puts", metrics.Puts);
        writer.WriteStartObject("stageMs");
        foreach (var (stage, ms) in metrics.StageMilliseconds)
        {
            writer.WriteNumber(stage, ms);
        }

        writer.WriteEndObject();
    }


    private static void WriteIfPresent(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
