using System.Buffers;
using System.Globalization;
using System.Text.Json;
using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Imaging.Placeholders;

namespace ThumbnailService.Core.Processing.Manifests;

/// <summary>
/// The manifest's JSON (schema in README.md, "The manifest"), written by hand with <see cref="Utf8JsonWriter"/>
/// (no reflection: Native AOT). Bump <see cref="SchemaVersion"/> when a field changes meaning or goes away.
/// </summary>
public sealed record ManifestDocument(
    SourceObject Source,
    SourceVersion Version,
    long SourceBytes,
    SourceImageInfo Image,
    ImagePlaceholder? Placeholder,
    IReadOnlyList<WrittenOutput> Thumbnails,
    double ProcessingMilliseconds)
{
    public const int SchemaVersion = 1;
    public const string ContentType = "application/json";

    public byte[] ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", SchemaVersion);
            WriteSource(json);
            WrittenOutputJson.WriteArray(json, "thumbnails", Thumbnails);
            if (Placeholder is { } placeholder)
            {
                json.WriteString("thumbHash", Convert.ToBase64String(placeholder.ThumbHash));
                json.WriteString("dominantColor", ColourSummary.Hex(placeholder.DominantRgb));
                json.WriteString("averageColor", ColourSummary.Hex(placeholder.AverageRgb));
            }

            json.WriteNumber("processingMs", Math.Round(ProcessingMilliseconds, 1));
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private void WriteSource(Utf8JsonWriter json)
    {
        json.WriteStartObject("source");
        json.WriteString("bucket", Source.Bucket);
        json.WriteString("key", Source.Key);
        if (Version.VersionId is { } versionId)
        {
            json.WriteString("versionId", versionId);
        }

        json.WriteString("etag", Version.ETag);
        json.WriteNumber("bytes", SourceBytes);
        json.WriteString("format", Image.Format);
        json.WriteNumber("width", Image.Width);
        json.WriteNumber("height", Image.Height);
        json.WriteBoolean("hasAlpha", Image.HasAlpha);
        json.WriteNumber("frames", Image.FrameCount);
        json.WriteEndObject();
    }

    /// <summary>Width or height recorded on a thumbnail's metadata; 0 when absent or unreadable.</summary>
    internal static int Dimension(IReadOnlyDictionary<string, string> metadata, string name) =>
        metadata.TryGetValue(name, out var text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
