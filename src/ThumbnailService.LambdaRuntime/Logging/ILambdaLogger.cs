using System.Text.Json;

namespace ThumbnailService.LambdaRuntime.Logging;

/// <summary>Writes one line per call; the current request id is added to every line.</summary>
public interface ILambdaLogger
{
    bool IsEnabled(LogLevel level);

    /// <summary>Logs <paramref name="message"/>; <paramref name="writeFields"/> adds flat fields to the JSON object (or a JSON suffix in text format).</summary>
    void Log(LogLevel level, string message, Action<Utf8JsonWriter>? writeFields = null);
}
