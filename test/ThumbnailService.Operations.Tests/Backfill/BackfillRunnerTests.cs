using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Processing;
using ThumbnailService.Operations.Backfill;
using ThumbnailService.Operations.Tests.Backfill.TestDoubles;

namespace ThumbnailService.Operations.Tests.Backfill;

public sealed class BackfillRunnerTests
{
    private static readonly BackfillOptions Run = new() { SourceBucket = BackfillWorld.Sources };

    [Fact]
    public async Task RunAsync_DryRun_ClassifiesAndWritesNothing()
    {
        var store = new InMemoryObjectStore();
        var options = BackfillWorld.Options("a:4x4:inside,b:2x2:cover");
        var bucket = new MixedBucket(UpToDate: 5, Stale: 3, Missing: 4, Orphans: 2).Seed(store, options);
        store.ResetCounts();
        using var progress = new RecordingProgress();

        var report = await BackfillWorld.Runner(store, store, options, Run with { DryRun = true, DeleteOrphans = true }).RunAsync(progress, CancellationToken.None);

        Assert.True(report.Completed);
        Assert.Equal((5, 3, 4), (report.Tally.Count(SourceState.UpToDate), report.Tally.Count(SourceState.Stale), report.Tally.Count(SourceState.Missing)));
        Assert.Equal(bucket.OrphanKeys.Order(), report.Inventory.Orphans.Order());
        Assert.Equal((0, 0, 0), (store.Puts, store.Deletes, store.Gets));
        Assert.Equal(7, report.Tally.NeedsWork.Count);
    }

    [Fact]
    public async Task RunAsync_MixedSources_FixesMissingAndStaleThenRerunWritesNothing()
    {
        var store = new InMemoryObjectStore();
        var options = BackfillWorld.Options("a:4x4:inside,b:2x2:cover");
        new MixedBucket(UpToDate: 5, Stale: 3, Missing: 4, Orphans: 2).Seed(store, options);
        store.ResetCounts();

        var first = await BackfillWorld.Runner(store, store, options, Run).RunAsync(new RecordingProgress(), CancellationToken.None);
        var putsOfFirst = store.Puts;
        store.ResetCounts();
        var second = await BackfillWorld.Runner(store, store, options, Run).RunAsync(new RecordingProgress(), CancellationToken.None);

        Assert.Equal(7, first.Tally.Outcome(nameof(ThumbnailOutcome.Created)));
        Assert.Equal(7 * 2, putsOfFirst);
        Assert.Empty(first.Tally.Failures);
        Assert.Equal(12, second.Tally.Count(SourceState.UpToDate));
        Assert.Equal((0, 0, 0), (store.Puts, store.Gets, store.Deletes));
    }

    [Fact]
    public async Task RunAsync_StaleAndUpToDateSources_HeadEachOutputOnce()
    {
        var store = new InMemoryObjectStore();
        var options = BackfillWorld.Options("a:4x4:inside,b:2x2:cover");
        new MixedBucket(UpToDate: 2, Stale: 3, Missing: 0, Orphans: 0).Seed(store, options);
        store.ResetCounts();

        var report = await BackfillWorld.Runner(store, store, options, Run).RunAsync(new RecordingProgress(), CancellationToken.None);

        Assert.Equal((2, 3), (report.Tally.Count(SourceState.UpToDate), report.Tally.Count(SourceState.Stale)));
        // Per source: its 2 outputs and the source itself, together; a stale one HEADs its source again after writing.
        Assert.Equal((5 * (2 + 1)) + 3, store.Heads);
    }

    [Fact]
    public async Task RunAsync_DeleteOrphans_DeletesExactlyTheOrphans()
    {
        var store = new InMemoryObjectStore();
        var options = BackfillWorld.Options("a:4x4:inside,b:2x2:cover");
        var bucket = new MixedBucket(UpToDate: 3, Stale: 0, Missing: 0, Orphans: 4).Seed(store, options);
        var thumbnailsBefore = store.Keys.Count(entry => entry.Bucket == BackfillWorld.Thumbnails);

        var report = await BackfillWorld.Runner(store, store, options, Run with { DeleteOrphans = true }).RunAsync(new RecordingProgress(), CancellationToken.None);

        Assert.Equal(8, report.Tally.OrphansDeleted);
        Assert.Equal(thumbnailsBefore - 8, store.Keys.Count(entry => entry.Bucket == BackfillWorld.Thumbnails));
        Assert.All(bucket.OrphanKeys, key => Assert.Null(store.Find(BackfillWorld.Thumbnails, key)));
    }

    [Fact]
    public async Task RunAsync_WithoutDeleteOrphans_ReportsButKeepsOrphans()
    {
        var store = new InMemoryObjectStore();
        var options = BackfillWorld.Options();
        new MixedBucket(UpToDate: 1, Stale: 0, Missing: 1, Orphans: 3).Seed(store, options);

        var report = await BackfillWorld.Runner(store, store, options, Run).RunAsync(new RecordingProgress(), CancellationToken.None);

        Assert.Equal(3, report.Inventory.Orphans.Count);
        Assert.Equal((0, 0), (report.Tally.OrphansDeleted, store.Deletes));
    }

    [Fact]
    public async Task RunAsync_StoppedAfterFiveItems_RerunFinishesWithoutRedoingThem()
    {
        var store = new InMemoryObjectStore();
        var options = BackfillWorld.Options();
        new MixedBucket(UpToDate: 0, Stale: 0, Missing: 20, Orphans: 0).Seed(store, options);
        using var interrupt = new RecordingProgress(stopAfter: 5);

        var first = await BackfillWorld.Runner(store, store, options, Run with { Concurrency = 1 }).RunAsync(interrupt, interrupt.Stop.Token);
        var putsOfFirst = store.Puts;
        store.ResetCounts();
        var rerun = await BackfillWorld.Runner(store, store, options, Run).RunAsync(new RecordingProgress(), CancellationToken.None);

        Assert.False(first.Completed);
        Assert.Equal(5, first.Tally.Outcome(nameof(ThumbnailOutcome.Created)));
        Assert.Equal(5, putsOfFirst);
        Assert.True(rerun.Completed);
        Assert.Equal(5, rerun.Tally.Count(SourceState.UpToDate));
        Assert.Equal(15, rerun.Tally.Outcome(nameof(ThumbnailOutcome.Created)));
        Assert.Equal(15, store.Puts);
    }

    [Fact]
    public async Task RunAsync_OneSourceFails_RecordsItAndFixesTheOthers()
    {
        var store = new InMemoryObjectStore();
        store.BeforeGet = key =>
        {
            if (key == "photo 0002.jpg")
            {
                throw new IOException($"Simulated S3 fault reading {key}.");
            }
        };
        var options = BackfillWorld.Options();
        new MixedBucket(UpToDate: 0, Stale: 0, Missing: 4, Orphans: 0).Seed(store, options);

        var report = await BackfillWorld.Runner(store, store, options, Run).RunAsync(new RecordingProgress(), CancellationToken.None);

        var failure = Assert.Single(report.Tally.Failures);
        Assert.Equal("photo 0002.jpg", failure.Key);
        Assert.Contains("Simulated S3 fault", failure.Message, StringComparison.Ordinal);
        Assert.Equal(3, report.Tally.Outcome(nameof(ThumbnailOutcome.Created)));
        Assert.True(report.Completed);
    }

    [Fact]
    public async Task RunAsync_SourceIsNotAnImage_CountsRejectedByReason()
    {
        var store = new InMemoryObjectStore();
        var options = BackfillWorld.Options();
        store.Seed(BackfillWorld.Sources, "notes.txt", "just some text, not an image"u8.ToArray());
        store.Seed(BackfillWorld.Sources, "empty.jpg", []);

        var report = await BackfillWorld.Runner(store, store, options, Run).RunAsync(new RecordingProgress(), CancellationToken.None);

        Assert.Equal(1, report.Tally.Rejected[RejectionReason.NotAnImage]);
        Assert.Equal(1, report.Tally.Rejected[RejectionReason.Empty]);
        Assert.Equal(0, store.Puts);
    }

    [Fact]
    public async Task RunAsync_Prefix_LooksOnlyAtSourcesAndThumbnailsUnderIt()
    {
        var store = new InMemoryObjectStore();
        var options = BackfillWorld.Options();
        new MixedBucket(UpToDate: 0, Stale: 0, Missing: 2, Orphans: 1).Seed(store, options, "in/");
        new MixedBucket(UpToDate: 0, Stale: 0, Missing: 3, Orphans: 2).Seed(store, options, "out/");
        using var progress = new RecordingProgress();

        var report = await BackfillWorld.Runner(store, store, options, Run with { Prefix = "in/", DeleteOrphans = true }).RunAsync(progress, CancellationToken.None);

        Assert.Equal(2, report.Inventory.Sources.Count);
        Assert.Equal(["t/in/deleted 0.jpg"], report.Inventory.Orphans);
        Assert.Equal([("Reconciling", 2), ("Deleting orphans", 1)], progress.Phases);
        Assert.Null(store.Find(BackfillWorld.Thumbnails, "t/out/photo 0000.jpg"));
        Assert.NotNull(store.Find(BackfillWorld.Thumbnails, "t/out/deleted 0.jpg"));
    }
}
