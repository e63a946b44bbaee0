using System.Text;
using System.Text.Json;

namespace ThumbnailService.LambdaRuntime.Logging;

/// <summary>
/// Lambda-shaped logging to stdout: one JSON object per line (<c>timestamp</c>, <c>level</c>, <c>requestId</c>, <c>message</c>,
/// then flat fields) in JSON format; <c>timestamp TAB requestId TAB LEVEL TAB message</c> in text format.
/// </summary>
public sealed class LambdaLogger : ILambdaLogger
{
    private static readonly AsyncLocal<string?> CurrentRequestId = new();
    private readonly LogSettings _settings;
    private readonly TextWriter _output;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();

    public LambdaLogger(LogSettings settings, TextWriter output, TimeProvider time)
    {
        _settings = settings;
        _output = output;
        _time = time;
    }

    /// <summary>The request id stamped on lines logged from this async flow.</summary>
    public static string? RequestId
    {
        get => CurrentRequestId.Value;
        set => CurrentRequestId.Value = value;
    }

    public bool IsEnabled(LogLevel level) => level >= _settings.MinimumLevel;

    public void Log(LogLevel level, string message, Action<Utf8JsonWriter>? writeFields = null)
    {
        if (!IsEnabled(level))
        {
            return;
        }

        var timestamp = _time.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);
        var line = _settings.Format == LogFormat.Json
            ? JsonLine(timestamp, level, message, writeFields)
            : TextLine(timestamp, level, message, writeFields);
        lock (_gate)
        {
            _output.Write(line);
            _output.Flush();
        }
    }

    private static string JsonLine(string timestamp, LogLevel level, string message, Action<Utf8JsonWriter>? writeFields)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("timestamp", timestamp);
            writer.WriteString("level", LevelName(level));
            if (RequestId is { } requestId)
            {
                writer.WriteString("requestId", requestId);
            }

            writer.WriteString("message", message);
            writeFields?.Invoke(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length) + "\n";
    }

    private static string TextLine(string timestamp, LogLevel level, string message, Action<Utf8JsonWriter>? writeFields)
    {
        var fields = string.Empty;
        if (writeFields is not null)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writeFields(writer);
                writer.WriteEndObject();
            }

            fields = " " + Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }

        var oneLine = message.Replace('\n', '\r');
        return $"{timestamp}\t{RequestId ?? "-"}\t{LevelName(level)}\t{oneLine}{fields}\n";
    }

    private static string LevelName(LogLevel level) => level switch
    {
        LogLevel.Trace => "TRACE",
        LogLevel.Debug => "DEBUG",
        LogLevel.Info => "INFO",
        LogLevel.Warn => "WARN",
        LogLevel.Error => "ERROR",
        _ => "FATAL",
    };
}
