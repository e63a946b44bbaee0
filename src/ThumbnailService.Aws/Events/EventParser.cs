using System.Text;
using System.Text.Json;

namespace ThumbnailService.Aws.Events;

/// <summary>Recognises the shape of a payload and normalises it to an <see cref="EventEnvelope"/>.</summary>
public static class EventParser
{
    private const string TestEvent = "s3:TestEvent";

    public static EventEnvelope Parse(ReadOnlyMemory<byte> payload)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(payload);
            root = document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            throw new UnrecognizedEventException($"The payload is not JSON ({exception.Message}); received: {Describe(payload)}");
        }

        try
        {
            return ParseRecognised(root, payload);
        }
        catch (JsonException exception)
        {
            throw new UnrecognizedEventException($"The payload looks like a known event but does not fit its shape ({exception.Message}); received: {Describe(payload)}");
        }
    }

    private static EventEnvelope ParseRecognised(JsonElement root, ReadOnlyMemory<byte> payload)
    {
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("Records", out var records) && records.ValueKind == JsonValueKind.Array)
        {
            return FirstEventSource(records) == "aws:sqs" ? ParseSqs(payload) : ParseS3(payload);
        }

        if (IsTestEvent(root))
        {
            return new EventEnvelope(EventRoute.Test, []);
        }

        if (EventBridgeParser.Recognises(root))
        {
            return EventBridgeParser.Parse(payload);
        }

        if (BatchOperationsParser.Recognises(root))
        {
            return BatchOperationsParser.Parse(payload);
        }

        throw new UnrecognizedEventException(
            "The payload is not an event this function accepts (S3 notification, SQS batch, EventBridge aws.s3 event or S3 Batch Operations request); "
            + $"received: {Describe(payload)}");
    }

    private static EventEnvelope ParseS3(ReadOnlyMemory<byte> payload)
    {
        var notification = Deserialize(payload.Span);
        return new EventEnvelope(EventRoute.S3, [new EventItem(null, S3RecordMapper.Map(notification.Records ?? []))]);
    }

    private static EventEnvelope ParseSqs(ReadOnlyMemory<byte> payload)
    {
        var batch = JsonSerializer.Deserialize(payload.Span, EventJsonContext.Default.SqsEvent)!;
        var items = (batch.Records ?? []).Select(ParseMessage).ToList();
        return new EventEnvelope(EventRoute.Sqs, items);
    }

    private static EventItem ParseMessage(SqsMessage message)
    {
        var id = message.MessageId ?? string.Empty;
        try
        {
            var notification = Deserialize(Encoding.UTF8.GetBytes(message.Body ?? string.Empty));
            return notification.Event == TestEvent
                ? new EventItem(id, [])
                : new EventItem(id, S3RecordMapper.Map(notification.Records ?? throw new UnrecognizedEventException("the message body has no Records")));
        }
        catch (Exception exception) when (exception is JsonException or UnrecognizedEventException)
        {
            return new EventItem(id, [], $"SQS message {id} is not an S3 notification: {exception.Message}; body: {Describe(Encoding.UTF8.GetBytes(message.Body ?? string.Empty))}");
        }
    }

    private static S3EventNotification Deserialize(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize(json, EventJsonContext.Default.S3EventNotification)
        ?? throw new UnrecognizedEventException("the notification is JSON null");

    private static string? FirstEventSource(JsonElement records)
    {
        foreach (var record in records.EnumerateArray())
        {
            return record.ValueKind == JsonValueKind.Object && record.TryGetProperty("eventSource", out var source) ? source.GetString() : null;
        }

        return null;
    }

    private static bool IsTestEvent(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("Event", out var name) && name.ValueKind == JsonValueKind.String && name.GetString() == TestEvent;

    /// <summary>The first 200 characters of what arrived, on one line, for error messages.</summary>
    internal static string Describe(ReadOnlyMemory<byte> payload)
    {
        var text = Encoding.UTF8.GetString(payload.Span[..Math.Min(payload.Length, 600)]);
        var oneLine = string.Join(' ', text.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
        oneLine = oneLine.Length > 200 ? string.Concat(oneLine.AsSpan(0, 200), "...") : oneLine;
        return payload.Length == 0 ? "an empty payload" : $"{payload.Length} bytes: {oneLine}";
    }
}
