using ThumbnailService.Core.Processing;
using ThumbnailService.Operations.Backfill;
using ThumbnailService.Operations.Tests.Backfill.TestDoubles;

namespace ThumbnailService.Operations.Tests.Backfill;

/// <summary>Backfill with per-source manifests on: a missing manifest is stale work, an orphan manifest is an orphan.</summary>
public sealed class BackfillManifestTests
{
    private static readonly BackfillOptions Run = new() { SourceBucket = BackfillWorld.Sources };

    [Fact]
    public async Task RunAsync_ThumbnailsWithoutManifests_CountsThemStaleAndWritesOnlyManifests()
    {
        var store = new InMemoryObjectStore();
        var before = BackfillWorld.Options("a:4x4:inside,b:2x2:cover");
        new MixedBucket(UpToDate: 3, Stale: 0, Missing: 0, Orphans: 0).Seed(store, before);
        var options = BackfillWorld.Options("a:4x4:inside,b:2x2:cover", manifestPrefix: "meta/");
        store.ResetCounts();

        var report = await BackfillWorld.Runner(store, store, options, Run).RunAsync(new RecordingProgress(), CancellationToken.None);

        Assert.Equal(3, report.Tally.Count(SourceState.Stale));
        Assert.Equal(3, store.Puts);
        Assert.All(store.Calls.Where(call => call.StartsWith("PUT ", StringComparison.Ordinal)), call => Assert.StartsWith("PUT thumbnails/meta/", call, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_AfterManifestsWritten_RerunIsOneHeadPerSource()
    {
        var store = new InMemoryObjectStore();
        var options = BackfillWorld.Options("a:4x4:inside,b:2x2:cover", manifestPrefix: "meta/");
        new MixedBucket(UpToDate: 0, Stale: 0, Missing: 4, Orphans: 0).Seed(store, options);
        await BackfillWorld.Runner(store, store, options, Run).RunAsync(new RecordingProgress(), CancellationToken.None);
        store.ResetCounts();

        var rerun = await BackfillWorld.Runner(store, store, options, Run).RunAsync(new RecordingProgress(), CancellationToken.None);

        Assert.Equal(4, rerun.Tally.Count(SourceState.UpToDate));
        Assert.Equal(4, store.Heads);
        Assert.Equal((0, 0), (store.Gets, store.Puts));
    }

    [Fact]
    public async Task RunAsync_DryRunWithoutManifests_NeedsWork()
    {
        var store = new InMemoryObjectStore();
        new MixedBucket(UpToDate: 2, Stale: 0, Missing: 0, Orphans: 0).Seed(store, BackfillWorld.Options("a:4x4:inside"));
        var options = BackfillWorld.Options("a:4x4:inside", manifestPrefix: "meta/");

        var report = await BackfillWorld.Runner(store, store, options, Run with { DryRun = true }).RunAsync(new RecordingProgress(), CancellationToken.None);

        Assert.Equal(2, report.Tally.Count(SourceState.Stale));
        Assert.Equal(2, report.Tally.NeedsWork.Count);
    }

    [Fact]
    public async Task RunAsync_ManifestOfDeletedSource_IsAnOrphanAndDeleted()
    {
        var store = new InMemoryObjectStore();
        var options = BackfillWorld.Options("a:4x4:inside", manifestPrefix: "meta/");
        store.Seed(BackfillWorld.Sources, "kept.jpg", BackfillWorld.Jpeg(1));
        store.Seed(BackfillWorld.Thumbnails, "meta/gone.jpg.json", "{}"u8.ToArray());
        store.Seed(BackfillWorld.Thumbnails, "meta/kept.jpg.json.bak", "{}"u8.ToArray());

        var report = await BackfillWorld.Runner(store, store, options, Run with { DeleteOrphans = true }).RunAsync(new RecordingProgress(), CancellationToken.None);

        Assert.Equal(["meta/gone.jpg.json", "meta/kept.jpg.json.bak"], report.Inventory.Orphans.Order(StringComparer.Ordinal));
        Assert.Null(store.Find(BackfillWorld.Thumbnails, "meta/gone.jpg.json"));
        Assert.NotNull(store.Find(BackfillWorld.Thumbnails, "meta/kept.jpg.json"));
    }
}
