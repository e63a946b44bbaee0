using System.Collections.Concurrent;
using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Processing;

namespace ThumbnailService.Operations.Backfill;

/// <summary>Counts of one backfill run, safe to update from several workers at once.</summary>
internal sealed class BackfillTally
{
    private readonly ConcurrentDictionary<SourceState, int> _states = new();
    private readonly ConcurrentDictionary<string, int> _outcomes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<RejectionReason, int> _rejected = new();
    private readonly ConcurrentQueue<string> _needsWork = new();
    private readonly ConcurrentQueue<BackfillFailure> _failures = new();
    private int _orphansDeleted;

    public int Count(SourceState state) => _states.GetValueOrDefault(state);

    /// <summary>How many fixes ended with this outcome name (<see cref="ThumbnailOutcome.Name"/>).</summary>
    public int Outcome(string name) => _outcomes.GetValueOrDefault(name);

    public IReadOnlyDictionary<RejectionReason, int> Rejected => _rejected;

    /// <summary>Keys of sources found missing or stale, in no particular order.</summary>
    public IReadOnlyCollection<string> NeedsWork => _needsWork;

    public IReadOnlyCollection<BackfillFailure> Failures => _failures;

    public int OrphansDeleted => _orphansDeleted;

    public void Classified(string key, SourceState state)
    {
        _states.AddOrUpdate(state, 1, (_, n) => n + 1);
        if (state != SourceState.UpToDate)
        {
            _needsWork.Enqueue(key);
        }
    }

    public void Fixed(ThumbnailOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        _outcomes.AddOrUpdate(outcome.Name, 1, (_, n) => n + 1);
        if (outcome is ThumbnailOutcome.Rejected rejected)
        {
            _rejected.AddOrUpdate(rejected.Reason, 1, (_, n) => n + 1);
        }
    }

    public void Failed(string key, Exception exception) =>
        _failures.Enqueue(new BackfillFailure(key, $"{exception.GetType().Name}: {exception.Message}"));

    public void OrphanDeleted() => Interlocked.Increment(ref _orphansDeleted);
}
