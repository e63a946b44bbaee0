using SixLabors.ImageSharp;
using ThumbnailService.Core.Processing;
using ThumbnailService.Core.Tests.TestDoubles;
using static ThumbnailService.Core.Tests.TestDoubles.ProcessorWorld;

namespace ThumbnailService.Core.Tests.Processing;

/// <summary>Another writer or a delete interleaves with processing: the newest state of the source must win.</summary>
public sealed class ThumbnailProcessorRaceTests
{
    private readonly ProcessorWorld _world = new();

    [Fact]
    public async Task ProcessAsync_SourceOverwrittenWhileWriting_EndsWithNewVersion()
    {
        var first = _world.Store.Seed(Source, "r.jpg", Jpeg(100, 100));
        string? second = null;
        _world.Store.BeforePut = n =>
        {
            if (n == 1)
            {
                second = _world.Store.Seed(Source, "r.jpg", Jpeg(100, 50));
            }
        };

        var result = await Processor().ProcessAsync(new SourceObject(Source, "r.jpg", first), CancellationToken.None);

        Assert.IsType<ThumbnailOutcome.Created>(result.Outcome);
        var large = _world.Store.Find(Thumbs, "large/r.jpg")!;
        Assert.Equal(second, large.Metadata[ThumbnailMetadata.SourceETag]);
        using var decoded = Image.Load(large.Body);
        Assert.Equal((64, 32), (decoded.Width, decoded.Height));
        Assert.Equal(second, _world.Store.Find(Thumbs, "small/r.jpg")!.Metadata[ThumbnailMetadata.SourceETag]);
    }

    [Fact]
    public async Task ProcessAsync_SourceDeletedWhileWriting_OutputsRemovedAndSourceGone()
    {
        var eTag = _world.Store.Seed(Source, "d.jpg", Jpeg(100, 100));
        _world.Store.BeforePut = n =>
        {
            if (n == 1)
            {
                _world.Store.Remove(Source, "d.jpg");
            }
        };

        var result = await Processor().ProcessAsync(new SourceObject(Source, "d.jpg", eTag), CancellationToken.None);

        Assert.IsType<ThumbnailOutcome.SourceGone>(result.Outcome);
        Assert.Null(_world.Store.Find(Thumbs, "large/d.jpg"));
        Assert.Null(_world.Store.Find(Thumbs, "small/d.jpg"));
    }

    [Fact]
    public async Task ProcessAsync_SourceUnchanged_ChecksTheSourceBeforeAndAfterWriting()
    {
        var eTag = _world.Store.Seed(Source, "u.jpg", Jpeg(60, 60));

        var result = await Processor().ProcessAsync(new SourceObject(Source, "u.jpg", eTag), CancellationToken.None);

        Assert.IsType<ThumbnailOutcome.Created>(result.Outcome);
        Assert.Equal(
            ["HEAD thumbs/large/u.jpg", "HEAD thumbs/small/u.jpg", "HEAD uploads/u.jpg", "GET uploads/u.jpg", "PUT thumbs/large/u.jpg", "PUT thumbs/small/u.jpg", "HEAD uploads/u.jpg"],
            _world.Store.Calls);
    }

    private ThumbnailProcessor Processor() => _world.Processor();
}
