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

    /// <summary>
    /// True when the requests are exactly one HEAD, of a manifest in the thumbnail bucket (found: status 200): a current
    /// manifest answers a duplicate alone (no output HEAD, no source read, no GET, no PUT).
    /// </summary>
    public static bool IsOneManifestHead(IReadOnlyList<string> requests, string thumbnailBucket, string manifestFolder)
    {
        ArgumentNullException.ThrowIfNull(requests);
        return requests.Count == 1
            && requests[0].StartsWith($"HEAD /{thumbnailBucket}/{manifestFolder}", StringComparison.Ordinal)
            && requests[0].EndsWith(".json 200", StringComparison.Ordinal);
    }

    private static string Method(string request) => request.Split(' ')[0];
}
