using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ThumbnailService.Local.Commands.Run;

/// <summary>
/// <c>summary.json</c>: an array of <c>{key, outcome, reason, detail, bytesIn, durationMs, attempts, defined,
/// outputs: [{key, preset, width, height, contentType, bytes, written, file, problem}], manifest}</c> (manifest: the
/// source's manifest file in the out folder, or null).
/// </summary>
internal static class SummaryFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keeps é and 写真 readable; the file is never embedded in HTML
    };

    public static string ToJson(IReadOnlyList<SourceResult> results) =>
        JsonSerializer.Serialize(results.Select(ToEntry).ToList(), Options);

    public static Task WriteAsync(string path, IReadOnlyList<SourceResult> results, CancellationToken cancellationToken) =>
        File.WriteAllTextAsync(path, ToJson(results) + Environment.NewLine, cancellationToken);

    private static Entry ToEntry(SourceResult r) => new(
        r.Key,
        r.Outcome,
        r.Reason,
        r.Detail,
        r.BytesIn,
        r.DurationMs,
        r.Attempts,
        r.IsDefined,
        [.. r.Outputs.Select(o => new Output(o.Key, o.Preset, o.Width, o.Height, o.ContentType, o.Bytes, o.Written, o.File, o.Problem))],
        r.ManifestFile);

    private sealed record Entry(
        [property: JsonPropertyName("key")] string Key,
        [property: JsonPropertyName("outcome")] string Outcome,
        [property: JsonPropertyName("reason")] string? Reason,
        [property: JsonPropertyName("detail")] string? Detail,
        [property: JsonPropertyName("bytesIn")] long BytesIn,
        [property: JsonPropertyName("durationMs")] double? DurationMs,
        [property: JsonPropertyName("attempts")] int Attempts,
        [property: JsonPropertyName("defined")] bool Defined,
        [property: JsonPropertyName("outputs")] IReadOnlyList<Output> Outputs,
        [property: JsonPropertyName("manifest")] string? Manifest);

    private sealed record Output(
        [property: JsonPropertyName("key")] string Key,
        [property: JsonPropertyName("preset")] string Preset,
        [property: JsonPropertyName("width")] int? Width,
        [property: JsonPropertyName("height")] int? Height,
        [property: JsonPropertyName("contentType")] string ContentType,
        [property: JsonPropertyName("bytes")] long Bytes,
        [property: JsonPropertyName("written")] bool Written,
        [property: JsonPropertyName("file")] string? File,
        [property: JsonPropertyName("problem")] string? Problem);
}
