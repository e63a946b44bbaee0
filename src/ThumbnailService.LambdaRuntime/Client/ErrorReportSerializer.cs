using System.Text.Json;

namespace ThumbnailService.LambdaRuntime.Client;

/// <summary>Writes an <see cref="ErrorReport"/> as the JSON the Runtime API expects, without reflection (AOT-safe).</summary>
internal static class ErrorReportSerializer
{
    public static byte[] Serialize(ErrorReport report)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("errorMessage", report.ErrorMessage);
            writer.WriteString("errorType", report.ErrorType);
            writer.WriteStartArray("stackTrace");
            foreach (var frame in report.StackTrace)
            {
                writer.WriteStringValue(frame);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
