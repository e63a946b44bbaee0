using System.Text.Json;
using ThumbnailService.Local.Emulator;

namespace ThumbnailService.Local.Queue;

/// <summary>
/// Which messages of a batch stay on the queue, as Lambda decides it: all of them after a function error or timeout;
/// with ReportBatchItemFailures, those the response names in <c>batchItemFailures</c> (none for an empty response, a null
/// or empty list),
/// and all of them when the response is not JSON or names an identifier that is empty or not in the batch.
/// </summary>
internal static class BatchVerdict
{
    public static IReadOnlySet<string> Failed(IReadOnlyCollection<string> messageIds, InvocationResult result, bool reportBatchItemFailures)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        ArgumentNullException.ThrowIfNull(result);
        var all = messageIds.ToHashSet(StringComparer.Ordinal);
        if (!result.Succeeded)
        {
            return all;
        }

        if (!reportBatchItemFailures)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        return Named(result.Response.Span, all) ?? all;
    }

    /// <summary>The named identifiers, or null when the response makes the whole batch a failure.</summary>
    private static HashSet<string>? Named(ReadOnlySpan<byte> response, HashSet<string> batch)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        if (response.Trim(" \t\r\n"u8).IsEmpty)
        {
            return named;
        }

        try
        {
            var reader = new Utf8JsonReader(response);
            using var document = JsonDocument.ParseValue(ref reader);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("batchItemFailures", out var failures)
                || failures.ValueKind == JsonValueKind.Null)
            {
                return named;
            }

            foreach (var failure in failures.EnumerateArray())
            {
                var id = failure.TryGetProperty("itemIdentifier", out var value) ? value.GetString() : null;
                if (string.IsNullOrEmpty(id) || !batch.Contains(id))
                {
                    return null;
                }

                named.Add(id);
            }

            return named;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
