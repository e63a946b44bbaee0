using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using ThumbnailService.LambdaRuntime.Logging;

namespace ThumbnailService.TestSupport.Logging;

/// <summary>Keeps every line with its level, message and fields as the JSON object the real logger would write them in.</summary>
internal sealed class RecordingLogger : ILambdaLogger
{
    public ConcurrentQueue<(LogLevel Level, string Message, string FieldsJson)> Lines { get; } = new();

    public bool IsEnabled(LogLevel level) => true;

    public void Log(LogLevel level, string message, Action<Utf8JsonWriter>? writeFields = null)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writeFields?.Invoke(writer);
            writer.WriteEndObject();
        }

        Lines.Enqueue((level, message, Encoding.UTF8.GetString(buffer.ToArray())));
    }
}
