namespace ThumbnailService.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Requests whose method matches and whose path starts with <paramref name="PathPrefix"/> are counted; from the
/// <paramref name="Nth"/> (1-based) on, <paramref name="Count"/> consecutive ones get <paramref name="Kind"/>.
/// </summary>
public sealed record FaultRule(string Method, string PathPrefix, FaultKind Kind, int Nth = 1, int Count = 1)
{
    private int _seen;

    public TimeSpan Delay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Once this returns true the rule faults nothing more (e.g. "the function has reported its failure").</summary>
    public Func<bool>? Until { get; init; }

    /// <summary>How many requests matched (faulted or not).</summary>
    public int Seen => _seen;

    /// <summary>How many requests this rule faulted.</summary>
    public int Injected { get; private set; }

    internal bool Select(string method, string path)
    {
        if (!string.Equals(method, Method, StringComparison.OrdinalIgnoreCase) || !path.StartsWith(PathPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var seen = Interlocked.Increment(ref _seen);
        if (seen < Nth || seen - Nth >= Count || Until?.Invoke() == true)
        {
            return false;
        }

        Injected++;
        return true;
    }
}
