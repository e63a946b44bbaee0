namespace ThumbnailService.EndToEnd.Tests.Infrastructure;

/// <summary>Reads the S3 host's `REQUEST METHOD /bucket/key STATUS` lines.</summary>
internal static class S3RequestLog
{
    private const string Prefix = "REQUEST ";

    public static IReadOnlyList<string> Since(this IS3RequestSource fixture, int mark) =>
        fixture.S3Requests.Skip(mark).Where(l => l.StartsWith(Prefix, StringComparison.Ordinal)).Select(l => l[Prefix.Length..]).ToList();

    public static int Mark(this IS3RequestSource fixture) => fixture.S3Requests.Count;

    /// <summary>
    /// Every request since <paramref name="mark"/>, known to be complete: the test sends a sentinel request of its own and
    /// waits until the host has logged it; the host logs in order, so every request made before it is in the log by then.
    /// "Nothing was requested" (or "this was requested") is then proven by a signal, not assumed after a sleep.
    /// </summary>
    public static async Task<IReadOnlyList<string>> SettledSinceAsync(this IS3RequestSource fixture, int mark)
    {
        var sentinel = $"sentinel/{Guid.NewGuid():N}";
        await fixture.S3.GetBytesAsync("thumbnails", sentinel);
        using var timeout = new CancellationTokenSource(HangGuard.Limit);
        while (!fixture.Since(mark).Any(line => line.Contains(sentinel, StringComparison.Ordinal)))
        {
            await Task.Delay(10, timeout.Token);
        }

        return fixture.Since(mark).Where(line => !line.Contains(sentinel, StringComparison.Ordinal)).ToList();
    }
}
