using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Processing;
using ThumbnailService.Core.Tests.TestDoubles;
using static ThumbnailService.Core.Tests.TestDoubles.ProcessorWorld;

namespace ThumbnailService.Core.Tests.Processing;

/// <summary>Two source buckets feeding one thumbnail bucket must never share, or clean up, each other's thumbnails.</summary>
public sealed class ThumbnailProcessorSourceBucketTests
{
    private const string Other = "other-uploads";
    private readonly ProcessorWorld _world = new();

    [Fact]
    public async Task ProcessAsync_SameKeyInTwoConfiguredBuckets_KeepsBothThumbnailsApart()
    {
        var processor = _world.Processor(options => options with { SourceBuckets = [Source, Other] });
        _world.Store.Seed(Source, "k.jpg", Jpeg(80, 40));
        _world.Store.Seed(Other, "k.jpg", Jpeg(40, 80));

        await processor.ProcessAsync(new SourceObject(Source, "k.jpg"), CancellationToken.None);
        await processor.ProcessAsync(new SourceObject(Other, "k.jpg"), CancellationToken.None);
        _world.Store.Remove(Other, "k.jpg");
        var cleanup = await processor.ProcessAsync(new SourceObject(Other, "k.jpg"), CancellationToken.None);

        Assert.Equal(new ThumbnailOutcome.SourceGone { Removed = 2 }, cleanup.Outcome);
        Assert.Equal("32", _world.Store.Find(Thumbs, $"large/{Source}/k.jpg")!.Metadata[ThumbnailMetadata.Height]);
        Assert.Null(_world.Store.Find(Thumbs, $"large/{Other}/k.jpg"));
        Assert.Null(_world.Thumbnail("large", "k.jpg"));
    }

    [Fact]
    public async Task ProcessAsync_OneConfiguredBucket_KeepsKeysWithoutTheBucket()
    {
        var processor = _world.Processor(options => options with { SourceBuckets = [Source] });
        _world.Store.Seed(Source, "k.jpg", Jpeg(80, 40));

        await processor.ProcessAsync(new SourceObject(Source, "k.jpg"), CancellationToken.None);

        Assert.All(_world.Thumbnails("k.jpg"), Assert.NotNull);
    }

    [Fact]
    public async Task ProcessAsync_BucketNotConfigured_IsRejectedWithoutAnyRequest()
    {
        var processor = _world.Processor(options => options with { SourceBuckets = [Source] });
        _world.Store.Seed(Other, "k.jpg", Jpeg(80, 40));

        var result = await processor.ProcessAsync(new SourceObject(Other, "k.jpg"), CancellationToken.None);

        var rejected = Assert.IsType<ThumbnailOutcome.Rejected>(result.Outcome);
        Assert.Equal(RejectionReason.UnconfiguredBucket, rejected.Reason);
        Assert.Contains("THUMBNAIL_SOURCE_BUCKETS", rejected.Detail, StringComparison.Ordinal);
        Assert.Empty(_world.Store.Calls);
    }
}
