using ThumbnailService.Codecs;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Options;
using ThumbnailService.Core.Presets;
using ThumbnailService.Core.Processing;
using ThumbnailService.TestSupport.Images;
using ThumbnailService.Core.Tests.TestDoubles;

namespace ThumbnailService.Core.Tests.Processing;

/// <summary>Another writer or a delete interleaves with processing: the newest state of the source must win.</summary>
public sealed class ThumbnailProcessorRaceTests
{
    private const string Source = "uploads";
    private const string Thumbs = "thumbs";
    private readonly InMemoryObjectStore _store = new();

    [Fact]
    public async Task ProcessAsync_SourceOverwrittenWhileWriting_EndsWithNewVersion()
    {
        var first = _store.Seed(Source, "r.jpg", Jpeg(100, 100));
        string? second = null;
        _store.BeforePut = n =>
        {
            if (n == 1)
            {
                second = _store.Seed(Source, "r.jpg", Jpeg(100, 50));
            }
        };

        var result = await Processor().ProcessAsync(new SourceObject(Source, "r.jpg", first), CancellationToken.None);

        Assert.IsType<ThumbnailOutcome.Created>(result.Outcome);
        var large = _store.Find(Thumbs, "large/r.jpg")!;
        Assert.Equal(second, large.Metadata[ThumbnailMetadata.SourceETag]);
        using var decoded = Image.Load(large.Body);
        Assert.Equal((64, 32), (decoded.Width, decoded.Height));
        Assert.Equal(second, _store.Find(Thumbs, "small/r.jpg")!.Metadata[ThumbnailMetadata.SourceETag]);
    }

    [Fact]
    public async Task ProcessAsync_SourceDeletedWhileWriting_OutputsRemovedAndSourceGone()
    {
        var eTag = _store.Seed(Source, "d.jpg", Jpeg(100, 100));
        _store.BeforePut = n =>
        {
            if (n == 1)
            {
                _store.Remove(Source, "d.jpg");
            }
        };

        var result = await Processor().ProcessAsync(new SourceObject(Source, "d.jpg", eTag), CancellationToken.None);

        Assert.IsType<ThumbnailOutcome.SourceGone>(result.Outcome);
        Assert.Null(_store.Find(Thumbs, "large/d.jpg"));
        Assert.Null(_store.Find(Thumbs, "small/d.jpg"));
    }

    [Fact]
    public async Task ProcessAsync_SourceUnchanged_ChecksTheSourceBeforeAndAfterWriting()
    {
        var eTag = _store.Seed(Source, "u.jpg", Jpeg(60, 60));

        var result = await Processor().ProcessAsync(new SourceObject(Source, "u.jpg", eTag), CancellationToken.None);

        Assert.IsType<ThumbnailOutcome.Created>(result.Outcome);
        Assert.Equal(
            ["HEAD thumbs/large/u.jpg", "HEAD thumbs/small/u.jpg", "HEAD uploads/u.jpg", "GET uploads/u.jpg", "PUT thumbs/large/u.jpg", "PUT thumbs/small/u.jpg", "HEAD uploads/u.jpg"],
            _store.Calls);
    }

    private ThumbnailProcessor Processor()
    {
        var options = new ThumbnailOptions
        {
            ThumbnailBucket = Thumbs,
            Pipeline = new ImagePipelineOptions { Presets = [new Preset("large", 64, 64, FitMode.Inside), new Preset("small", 16, 16, FitMode.Cover)] },
        };
        return new ThumbnailProcessor(_store, options, StandardCodecs.Pipeline(options.Pipeline), TimeProvider.System);
    }

    private static byte[] Jpeg(int width, int height)
    {
        using var image = TestImages.Quadrants(width, height);
        return TestImages.Encode(image, new JpegEncoder { Quality = 90 });
    }
}
