using System.Text.Json;
using ThumbnailService.Local.Emulator;
using ThumbnailService.Local.Pipeline;

namespace ThumbnailService.Local.Commands.Run;

/// <summary>Reads the outcome of one source key from a routed invocation: the function's <c>results[]</c>, or its error.</summary>
internal static class FunctionResponse
{
    public static SourceResult ToResult(string key, long bytesIn, RoutedInvocation invocation)
    {
        var result = invocation.Result;
        var duration = Math.Round(result.Duration.TotalMilliseconds, 1);
        if (!result.Succeeded)
        {
            return new SourceResult(key, "Failed", result.ErrorType, result.ErrorMessage, bytesIn, duration, invocation.Attempts);
        }

        var (outcome, reason, detail, manifest) = Read(key, result);
        return new SourceResult(key, outcome, reason, detail, bytesIn, duration, invocation.Attempts) { Manifest = manifest };
    }

    private static (string Outcome, string? Reason, string? Detail, string? Manifest) Read(string key, InvocationResult result)
    {
        try
        {
            using var document = JsonDocument.Parse(result.Payload);
            if (!document.RootElement.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
            {
                return ("NoResult", null, "the response has no results[]", null);
            }

            var entries = results.EnumerateArray().ToList();
            var entry = entries.FirstOrDefault(e => Text(e, "key") == key);
            if (entry.ValueKind == JsonValueKind.Undefined)
            {
                return ("NoResult", null, $"the response names no result for this key ({entries.Count} results)", null);
            }

            return (Text(entry, "outcome") ?? "NoResult", Text(entry, "reason"), Text(entry, "detail"), Text(entry, "manifest"));
        }
        catch (JsonException e)
        {
            return ("NoResult", null, $"the response is not JSON: {e.Message}", null);
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
