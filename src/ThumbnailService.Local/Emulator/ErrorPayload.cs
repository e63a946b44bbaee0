using System.Buffers;
using System.Text;
using System.Text.Json;

namespace ThumbnailService.Local.Emulator;

/// <summary>A Lambda error document: <c>{"errorMessage","errorType","stackTrace"}</c>, kept as the JSON the invoker sees.</summary>
internal sealed record ErrorPayload(string ErrorType, string ErrorMessage, ReadOnlyMemory<byte> Json)
{
    public static ErrorPayload Create(string errorType, string errorMessage)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("errorMessage", errorMessage);
            writer.WriteString("errorType", errorType);
            writer.WriteEndObject();
        }

        return new ErrorPayload(errorType, errorMessage, buffer.WrittenMemory);
    }

    /// <summary>Reads what a runtime posted; a body that is not a JSON object is wrapped, as Lambda does.</summary>
    public static ErrorPayload FromRuntime(ReadOnlyMemory<byte> body, string? headerErrorType)
    {
        var fallbackType = string.IsNullOrWhiteSpace(headerErrorType) ? "Unhandled" : headerErrorType;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                var type = ReadString(document.RootElement, "errorType") ?? fallbackType;
                var message = ReadString(document.RootElement, "errorMessage") ?? string.Empty;
                return new ErrorPayload(type, message, body);
            }
        }
        catch (JsonException)
        {
            // Not JSON: wrap the raw text below.
        }

        return Create(fallbackType, Encoding.UTF8.GetString(body.Span));
    }

    private static string? ReadString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
