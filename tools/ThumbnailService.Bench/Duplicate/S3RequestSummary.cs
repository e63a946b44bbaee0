using System.Globalization;

namespace ThumbnailService.Bench.Duplicate;

/// <summary>What the S3 requests of one invocation say: a short summary, and whether they were the expected HEADs only.</summary>
internal static class S3RequestSummary
{
    /// <summary>"3 HEAD" or "3 HEAD, 1 GET, 3 PUT" (count per method, in order of first use); "none" for no request.</summary>
    /// <param name="requests">Lines <c>METHOD /bucket/key STATUS</c>.</param>
    public static string Summarize(IReadOnlyList<string> requests)
    {
        ArgumentNullException.ThrowIfNull(requests);
        if (requests.Count == 0)
        {
            return "none";
        }

        return string.Join(", ", requests
            .Select(Method)
            .GroupBy(m => m, StringComparer.Ordinal)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {g.Key}")));
    }

    /// <summary>True when there was no request at all (a duplicate answered from the process's memo of finished events).</summary>
    public static bool AreNone(IReadOnlyList<string> requests)
    {
        ArgumentNullException.ThrowIfNull(requests);
        return requests.Count == 0;
    }

    /// <summary>True when the requests are exactly one HEAD per preset: distinct keys, all in the thumbnail bucket (no GET, no PUT, no source read).</summary>
    public static bool AreHeadsPerPreset(IReadOnlyList<string> requests, string thumbnailBucket, int presetCount)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var prefix = $"HEAD /{thumbnailBucket}/";
        return requests.Count == presetCount
            && requests.All(r => r.StartsWith(prefix, StringComparison.Ordinal))
            && requests.Select(Path).Distinct(StringComparer.Ordinal).Count() == presetCount;
    }

    private static string Method(string request) => request.Split(' ')[0];

    private static string Path(string request)
    {
        var parts = request.Split(' ');
        return parts.Length > 1 ? parts[1] : "";
    }
}
