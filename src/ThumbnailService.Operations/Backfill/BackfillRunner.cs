using ThumbnailService.Core.Options;
using ThumbnailService.Core.Processing;
using ThumbnailService.Core.Storage;

namespace ThumbnailService.Operations.Backfill;

/// <summary>
/// Reconciles a source bucket with its thumbnails: list, classify each source, run the same <see cref="ThumbnailProcessor"/>
/// as the function on the missing and stale ones, then (when asked) delete orphans. Items run with bounded concurrency;
/// a stop request lets in-flight items finish (for at most <see cref="BackfillOptions.StopGracePeriod"/>) and starts no more.
/// </summary>
internal sealed class BackfillRunner
{
    private readonly IObjectStore _store;
    private readonly IObjectLister _lister;
    private readonly ThumbnailProcessor _processor;
    private readonly ThumbnailOptions _thumbnails;
    private readonly BackfillOptions _options;
    private readonly TimeProvider _time;
    private readonly SourceClassifier _classifier;

    public BackfillRunner(IObjectStore store, IObjectLister lister, ThumbnailProcessor processor, ThumbnailOptions thumbnails, BackfillOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(processor);
        (_store, _lister, _processor, _thumbnails, _options, _time) = (store, lister, processor, thumbnails, options, time);
        _classifier = new SourceClassifier(store, thumbnails, processor.Planner);
    }

    public async Task<BackfillReport> RunAsync(IBackfillProgress progress, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var started = _time.GetTimestamp();
        var tally = new BackfillTally();
        var inventory = await new InventoryReader(_lister, _thumbnails, _processor.Planner)
            .ReadAsync(_options.SourceBucket, _options.Prefix, progress, stop);

        progress.Begin(_options.DryRun ? "Checking" : "Reconciling", inventory.Sources.Count);
        var completed = await ForEachAsync(
            inventory.Sources, s => s.Key, (source, ct) => ReconcileAsync(source, inventory.Thumbnails, tally, ct), tally, progress, stop);
        if (completed && _options.DeleteOrphans && !_options.DryRun && inventory.Orphans.Count > 0)
        {
            progress.Begin("Deleting orphans", inventory.Orphans.Count);
            completed = await ForEachAsync(inventory.Orphans, key => key, (key, ct) => DeleteOrphanAsync(key, tally, ct), tally, progress, stop);
        }

        return new BackfillReport(_options, inventory, tally, completed, _time.GetElapsedTime(started));
    }

    private async Task ReconcileAsync(ListedObject source, IReadOnlySet<string> thumbnails, BackfillTally tally, CancellationToken cancellationToken)
    {
        if (_options.DryRun)
        {
            tally.Classified(source.Key, await _classifier.ClassifyAsync(_options.SourceBucket, source, thumbnails, cancellationToken));
            return;
        }

        // The processor's own look at the outputs is the classification: each output is HEAD-ed once, not twice. A source
        // with a thumbnail missing from the listing goes without its ETag, so a manifest cannot answer for it (one HEAD).
        var missing = _classifier.IsMissingFromListing(_options.SourceBucket, source, thumbnails);
        var reference = new SourceObject(_options.SourceBucket, source.Key, missing ? null : source.ETag, Size: source.Size);
        var result = await _processor.ProcessAsync(reference, cancellationToken);
        var state = missing ? SourceState.Missing : result.Outcome is ThumbnailOutcome.AlreadyDone ? SourceState.UpToDate : SourceState.Stale;
        tally.Classified(source.Key, state);
        if (state != SourceState.UpToDate)
        {
            tally.Fixed(result.Outcome);
        }
    }

    private async Task DeleteOrphanAsync(string key, BackfillTally tally, CancellationToken cancellationToken)
    {
        await _store.DeleteAsync(_thumbnails.ThumbnailBucket, key, cancellationToken);
        tally.OrphanDeleted();
    }

    /// <summary>Runs <paramref name="body"/> on every item; false when stopped early. A failing item is recorded, not fatal.</summary>
    private async Task<bool> ForEachAsync<T>(
        IReadOnlyList<T> items, Func<T, string> keyOf, Func<T, CancellationToken, Task> body, BackfillTally tally, IBackfillProgress progress, CancellationToken stop)
    {
        // In-flight items get their own token: a stop request cancels it only after the grace period.
        using var abandon = new CancellationTokenSource();
        using var onStop = stop.Register(() => abandon.CancelAfter(_options.StopGracePeriod));
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.Concurrency, CancellationToken = stop };
        try
        {
            await Parallel.ForEachAsync(items, parallel, async (item, _) =>
            {
                try
                {
                    await body(item, abandon.Token);
                }
                catch (Exception exception) when (!abandon.IsCancellationRequested)
                {
                    tally.Failed(keyOf(item), exception);
                }

                progress.Advance();
            });
            return true;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return false;
        }
    }
}
