using System.Collections.Concurrent;
using ThumbnailService.Operations.Backfill;

namespace ThumbnailService.Operations.Tests.Backfill.TestDoubles;

/// <summary>Records progress calls; optionally cancels <see cref="Stop"/> once <c>stopAfter</c> items are done (a Ctrl-C).</summary>
internal sealed class RecordingProgress(int stopAfter = int.MaxValue) : IBackfillProgress, IDisposable
{
    private int _advanced;

    public CancellationTokenSource Stop { get; } = new();

    public ConcurrentQueue<(string Phase, int Total)> Phases { get; } = new();

    public int Advanced => _advanced;

    public int LastListingCount { get; private set; }

    public void Listing(string what, int count) => LastListingCount = count;

    public void Begin(string phase, int total) => Phases.Enqueue((phase, total));

    public void Advance()
    {
        if (Interlocked.Increment(ref _advanced) == stopAfter)
        {
            Stop.Cancel();
        }
    }

    public void Dispose() => Stop.Dispose();
}
