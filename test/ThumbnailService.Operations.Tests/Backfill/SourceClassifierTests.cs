using ThumbnailService.Core.Storage;
using ThumbnailService.Core.Processing;
using ThumbnailService.Operations.Backfill;
using ThumbnailService.Operations.Tests.Backfill.TestDoubles;

namespace ThumbnailService.Operations.Tests.Backfill;

public sealed class SourceClassifierTests
{
    private const string Key = "photos/cat.jpg";

    [Fact]
    public async Task ClassifyAsync_ThumbnailNotListed_IsMissingWithoutAnyRequest()
    {
        var (store, classifier, source, _) = Arrange();

        var state = await classifier.ClassifyAsync(BackfillWorld.Sources, source, new HashSet<string>(), CancellationToken.None);

        Assert.Equal(SourceState.Missing, state);
        Assert.Equal(0, store.Heads);
    }

    [Theory]
    [InlineData(true, true, "UpToDate")]
    [InlineData(false, true, "Stale")]
    [InlineData(true, false, "Stale")]
    [InlineData(false, false, "Stale")]
    public async Task ClassifyAsync_ListedThumbnail_ComparesRecordedETagAndFingerprint(bool sameETag, bool sameFingerprint, string expected)
    {
        var (store, classifier, source, output) = Arrange();
        store.Seed(BackfillWorld.Thumbnails, output.Key, [1], BackfillWorld.ThumbnailMetadata(
            sameETag ? source.ETag : "other-etag", sameFingerprint ? output.Fingerprint : "0123456789abcdef"));

        var state = await classifier.ClassifyAsync(BackfillWorld.Sources, source, new HashSet<string> { output.Key }, CancellationToken.None);

        Assert.Equal(expected, state.ToString());
        Assert.Equal(1, store.Heads);
    }

    [Fact]
    public async Task ClassifyAsync_ListedThumbnailDeletedSince_IsMissing()
    {
        var (_, classifier, source, output) = Arrange();

        var state = await classifier.ClassifyAsync(BackfillWorld.Sources, source, new HashSet<string> { output.Key }, CancellationToken.None);

        Assert.Equal(SourceState.Missing, state);
    }

    [Fact]
    public async Task ClassifyAsync_ThumbnailWithoutMetadata_IsStale()
    {
        var (store, classifier, source, output) = Arrange();
        store.Seed(BackfillWorld.Thumbnails, output.Key, [1]);

        var state = await classifier.ClassifyAsync(BackfillWorld.Sources, source, new HashSet<string> { output.Key }, CancellationToken.None);

        Assert.Equal(SourceState.Stale, state);
    }

    private static (InMemoryObjectStore Store, SourceClassifier Classifier, ListedObject Source, PlannedOutput Output) Arrange()
    {
        var store = new InMemoryObjectStore();
        var options = BackfillWorld.Options();
        var planner = new OutputPlanner(options);
        var eTag = store.Seed(BackfillWorld.Sources, Key, BackfillWorld.Jpeg());
        return (store, new SourceClassifier(store, options, planner), new ListedObject(Key, eTag, 1), planner.Plan(BackfillWorld.Sources, Key).Single());
    }
}
