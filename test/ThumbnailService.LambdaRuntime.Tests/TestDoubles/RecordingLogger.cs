using System.Collections.Concurrent;
using System.Text.Json;
using ThumbnailService.LambdaRuntime.Logging;

namespace ThumbnailService.LambdaRuntime.Tests.TestDoubles;

/// <summary>Keeps every logged message with its level.</summary>
internal sealed class RecordingLogger : ILambdaLogger
{
    public ConcurrentQueue<(LogLevel Level, string Message)> Lines { get; } = new();

    public bool IsEnabled(LogLevel level) => true;

    public void Log(LogLevel level, string message, Action<Utf8JsonWriter>? writeFields = null) => Lines.Enqueue((level, message));
}
