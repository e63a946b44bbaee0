namespace ThumbnailService.EndToEnd.Tests.Reliability.Burst;

/// <summary>
/// What one burst did: events delivered, source changes, thumbnail PUTs against the minimum, events that failed once
/// and were delivered again (as Lambda retries an asynchronous invocation), and events that failed again.
/// </summary>
/// <param name="MinimumPuts">Presets x distinct (source, version) pairs of which an ObjectCreated event of that very version was delivered while it was current: each must be rendered.</param>
/// <param name="MaximumPuts">Presets x distinct (source, version) pairs that were current when any ObjectCreated event of the source was delivered: each rendered at most once.</param>
/// <param name="FloorPuts">Presets x surviving sources: what the final state alone needs.</param>
internal sealed record BurstFigures(
    int Sources, int Uploads, int Deletes, int Events, int Surviving, int MinimumPuts, int MaximumPuts, int FloorPuts, int Puts, IReadOnlyList<string> Failures, TimeSpan Elapsed)
{
    /// <summary>The first error of each event that failed once (then was delivered again).</summary>
    public IReadOnlyList<string> Retried { get; init; } = [];

    /// <summary>
    /// At most one event in a hundred may need the platform's retry: a transient HTTP error between the function and the
    /// single-threaded local S3 under a burst (seen once in 1,221 events) is handled as designed, by failing the
    /// invocation so the platform delivers it again, but more than that would be a defect of ours, not of the loopback.
    /// </summary>
    public int RetryBudget => Math.Max(1, Events / 100);

    public override string ToString() =>
        $"sources {Sources}, uploads {Uploads}, deletes {Deletes}, events {Events}, surviving {Surviving}, PUTs {Puts} (minimum {MinimumPuts}, maximum {MaximumPuts}, floor {FloorPuts}), retried {Retried.Count}, failures {Failures.Count}, {Elapsed.TotalSeconds:0.0} s";
}
