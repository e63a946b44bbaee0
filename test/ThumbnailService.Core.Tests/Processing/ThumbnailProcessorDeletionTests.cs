using ThumbnailService.Core.Processing;
using ThumbnailService.Core.Tests.TestDoubles;
using static ThumbnailService.Core.Tests.TestDoubles.ProcessorWorld;

namespace ThumbnailService.Core.Tests.Processing;

/// <summary>A source that is gone (or refused) must not keep thumbnails, and a delete that fails must never be acknowledged.</summary>
public sealed class ThumbnailProcessorDeletionTests
{
    private readonly ProcessorWorld _world = new();

    [Fact]
    public async Task ProcessAsync_DeleteDeniedAfterSourceDeletedMidWrite_NeverAcknowledgesUntilDeleted()
    {
        var eTag = _world.Store.Seed(Source, "d.jpg", Jpeg(100, 100));
        _world.Store.BeforePut = n =>
        {
            if (n == 1)
            {
                _world.Store.Remove(Source, "d.jpg");
            }
        };
        _world.Store.BeforeDelete = key => throw new UnauthorizedAccessException($"AccessDenied: DeleteObject {key}");
        var processor = _world.Processor();
        var source = new SourceObject(Source, "d.jpg", eTag, "0055AED6DCD90281E5");

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => processor.ProcessAsync(source, CancellationToken.None));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => processor.ProcessAsync(source, CancellationToken.None)); // the platform's retry

        _world.Store.BeforeDelete = null; // the policy fixed
        var result = await processor.ProcessAsync(source, CancellationToken.None);

        Assert.Equal(new ThumbnailOutcome.SourceGone { Removed = 2 }, result.Outcome);
        Assert.All(_world.Thumbnails("d.jpg"), Assert.Null);
    }

    [Fact]
    public async Task ProcessAsync_SourceGoneButThumbnailsLeft_DeletesThem()
    {
        var eTag = _world.Store.Seed(Source, "g.jpg", Jpeg(80, 80));
        await _world.Processor().ProcessAsync(new SourceObject(Source, "g.jpg", eTag), CancellationToken.None);
        _world.Store.Remove(Source, "g.jpg");

        var result = await _world.Processor().ProcessAsync(new SourceObject(Source, "g.jpg", eTag), CancellationToken.None);

        Assert.Equal(new ThumbnailOutcome.SourceGone { Removed = 2 }, result.Outcome);
        Assert.All(_world.Thumbnails("g.jpg"), Assert.Null);
    }

    [Fact]
    public async Task ProcessAsync_PhotoReplacedByNonImage_RemovesThePhotosThumbnails()
    {
        _world.Store.Seed(Source, "p.jpg", Jpeg(80, 80));
        await _world.Processor().ProcessAsync(new SourceObject(Source, "p.jpg"), CancellationToken.None);
        var replaced = _world.Store.Seed(Source, "p.jpg", "<html>not an image</html>"u8.ToArray());

        var result = await _world.Processor().ProcessAsync(new SourceObject(Source, "p.jpg", replaced), CancellationToken.None);

        Assert.Equal(ThumbnailService.Core.Imaging.RejectionReason.NotAnImage, Assert.IsType<ThumbnailOutcome.Rejected>(result.Outcome).Reason);
        Assert.All(_world.Thumbnails("p.jpg"), Assert.Null);
    }

    [Fact]
    public async Task ProcessAsync_ReuploadedWhileItsThumbnailsWereDeleted_MakesThemAgain()
    {
        var eTag = _world.Store.Seed(Source, "r.jpg", Jpeg(80, 80));
        await _world.Processor().ProcessAsync(new SourceObject(Source, "r.jpg", eTag), CancellationToken.None);
        _world.Store.Remove(Source, "r.jpg");
        byte[] reupload = Jpeg(40, 80);
        _world.Store.BeforeDelete = _ => _world.Store.Seed(Source, "r.jpg", reupload);

        var result = await _world.Processor().ProcessAsync(new SourceObject(Source, "r.jpg", eTag), CancellationToken.None);

        var created = Assert.IsType<ThumbnailOutcome.Created>(result.Outcome);
        Assert.Equal(2, created.Written.Count);
        Assert.All(_world.Thumbnails("r.jpg"), thumbnail => Assert.Equal(created.Version.ETag, thumbnail!.Metadata[ThumbnailMetadata.SourceETag]));
        Assert.Equal("64", _world.Thumbnail("large", "r.jpg")!.Metadata[ThumbnailMetadata.Height]);
    }

    [Fact]
    public async Task ProcessAsync_SourceBackAfterEveryDelete_FailsSoTheRetryReconciles()
    {
        var eTag = _world.Store.Seed(Source, "b.jpg", Jpeg(80, 80));
        await _world.Processor().ProcessAsync(new SourceObject(Source, "b.jpg", eTag), CancellationToken.None);
        _world.Store.Remove(Source, "b.jpg");
        _world.Store.BeforeDelete = _ => _world.Store.Seed(Source, "b.jpg", Jpeg(80, 80));
        _world.Store.BeforePut = _ => _world.Store.Remove(Source, "b.jpg");

        await Assert.ThrowsAsync<SourceKeepsChangingException>(() => _world.Processor().ProcessAsync(new SourceObject(Source, "b.jpg", eTag), CancellationToken.None));
    }
}
