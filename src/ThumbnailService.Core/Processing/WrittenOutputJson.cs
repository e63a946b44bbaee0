using System.Text.Json;

namespace ThumbnailService.Core.Processing;

/// <summary>
/// A written thumbnail as JSON (preset, key, width, height, contentType, bytes): the one shape the summary log line and
/// the manifest both use, written by hand (no reflection: Native AOT).
/// </summary>
public static class WrittenOutputJson
{
    public static void WriteArray(Utf8JsonWriter json, string name, IEnumerable<WrittenOutput> outputs)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(outputs);
        json.WriteStartArray(name);
        foreach (WrittenOutput output in outputs)
        {
            json.WriteStartObject();
            json.WriteString("preset", output.Preset);
            json.WriteString("key", output.Key);
            json.WriteNumber("width", output.Width);
            json.WriteNumber("height", output.Height);
            json.WriteString("contentType", output.ContentType);
            json.WriteNumber("bytes", output.Bytes);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
