namespace ThumbnailService.EndToEnd.Tests.Reliability.Burst;

/// <summary>What one burst did: events delivered, source changes, thumbnail PUTs against the minimum, failures.</summary>
/// <param name="MinimumPuts">Presets x distinct (source, version) pairs of which an ObjectCreated event of that very version was delivered while it was current: each must be rendered.</param>
/// <param name="MaximumPuts">Presets x distinct (source, version) pairs that were current when any ObjectCreated event of the source was delivered: each rendered at most once.</param>
/// <param name="FloorPuts">Presets x surviving sources: what the final state alone needs.</param>
internal sealed record BurstFigures(
    int Sources, int Uploads, int Deletes, int Events, int Surviving, int MinimumPuts, int MaximumPuts, int FloorPuts, int Puts, IReadOnlyList<string> Failures, TimeSpan Elapsed)
{
    public override string ToString() =>
        $"sources {Sources}, uploads {Uploads}, deletes {Deletes}, events {Events}, surviving {Surviving}, PUTs {Puts} (minimum {MinimumPuts}, maximum {MaximumPuts}, floor {FloorPuts}), failures {Failures.Count}, {Elapsed.TotalSeconds:0.0} s";
}
