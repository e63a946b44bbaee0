using ThumbnailService.Core.Processing;
using ThumbnailService.Operations.Backfill;
using ThumbnailService.Operations.Tests.Backfill.TestDoubles;

namespace ThumbnailService.Operations.Tests.Backfill;

public sealed class InventoryReaderTests
{
    [Fact]
    public async Task ReadAsync_SameBucket_SkipsFolderMarkersAndOwnThumbnails()
    {
        var store = new InMemoryObjectStore();
        var options = BackfillWorld.Options("small:4x4:inside", thumbnailBucket: BackfillWorld.Sources);
        store.Seed(BackfillWorld.Sources, "photos/", []);
        store.Seed(BackfillWorld.Sources, "photos/a.jpg", [1]);
        store.Seed(BackfillWorld.Sources, "small/photos/a.jpg", [2]);
        store.Seed(BackfillWorld.Sources, "small/photos/gone.jpg", [3]);
        using var progress = new RecordingProgress();

        var inventory = await new InventoryReader(store, options, new OutputPlanner(options)).ReadAsync(BackfillWorld.Sources, string.Empty, progress, CancellationToken.None);

        Assert.Equal(["photos/a.jpg"], inventory.Sources.Select(s => s.Key));
        Assert.Equal(3, inventory.Skipped);
        Assert.Equal(["small/photos/gone.jpg"], inventory.Orphans);
        Assert.Equal(2, inventory.Thumbnails.Count);
    }

    [Fact]
    public async Task ReadAsync_TwoPresets_ListsEachPresetPrefixOnce()
    {
        var store = new InMemoryObjectStore();
        var options = BackfillWorld.Options("a:4x4:inside,b:2x2:cover");
        store.Seed(BackfillWorld.Sources, "x.jpg", [1]);
        store.Seed(BackfillWorld.Thumbnails, "a/x.jpg", [1]);
        store.Seed(BackfillWorld.Thumbnails, "b/y.jpg", [1]);
        store.Seed(BackfillWorld.Thumbnails, "c/z.jpg", [1]);

        var inventory = await new InventoryReader(store, options, new OutputPlanner(options)).ReadAsync(BackfillWorld.Sources, string.Empty, new RecordingProgress(), CancellationToken.None);

        Assert.Equal(3, store.Lists);
        Assert.Equal(["b/y.jpg"], inventory.Orphans);
        Assert.Equal(0, store.Heads);
    }
}
