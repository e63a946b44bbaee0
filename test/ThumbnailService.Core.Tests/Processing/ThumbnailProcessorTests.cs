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

public sealed class ThumbnailProcessorTests
{
    private const string Source = "uploads";
    private const string Thumbs = "thumbs";
    private static readonly Preset[] TwoPresets = [new("large", 64, 64, FitMode.Inside), new("small", 16, 16, FitMode.Cover)];

    private readonly InMemoryObjectStore _store = new();

    [Fact]
    public async Task ProcessAsync_NewImage_WritesEveryPresetWithMetadata()
    {
        var eTag = _store.Seed(Source, "a b/cat.jpg", Jpeg(200, 100));

        var result = await Processor().ProcessAsync(new SourceObject(Source, "a b/cat.jpg", eTag), CancellationToken.None);

        var created = Assert.IsType<ThumbnailOutcome.Created>(result.Outcome);
        Assert.Equal(["large/a b/cat.jpg", "small/a b/cat.jpg"], created.Written.Select(w => w.Key));
        var large = _store.Find(Thumbs, "large/a b/cat.jpg")!;
        Assert.Equal("image/jpeg", large.ContentType);
        Assert.Equal(ThumbnailOptions.DefaultCacheControl, large.CacheControl);
        Assert.Equal(eTag, large.Metadata[ThumbnailMetadata.SourceETag]);
        Assert.Equal("64", large.Metadata[ThumbnailMetadata.Width]);
        Assert.Equal("32", large.Metadata[ThumbnailMetadata.Height]);
        using var decoded = Image.Load(large.Body);
        Assert.Equal((64, 32), (decoded.Width, decoded.Height));
        Assert.Equal(2, result.Metrics.Puts);
    }

    [Fact]
    public async Task ProcessAsync_DuplicateEvent_MakesNoGetAndNoPut()
    {
        var eTag = _store.Seed(Source, "dup.jpg", Jpeg(50, 50));
        var processor = Processor();
        await processor.ProcessAsync(new SourceObject(Source, "dup.jpg", eTag), CancellationToken.None);
        _store.Calls.Clear();

        var result = await processor.ProcessAsync(new SourceObject(Source, "dup.jpg", eTag), CancellationToken.None);

        Assert.IsType<ThumbnailOutcome.AlreadyDone>(result.Outcome);
        Assert.Equal(0, _store.Count("GET"));
        Assert.Equal(0, _store.Count("PUT"));
        // One HEAD per output and, at the same time, one of the source: outputs are acknowledged only while it exists.
        Assert.Equal(["HEAD thumbs/large/dup.jpg", "HEAD thumbs/small/dup.jpg", "HEAD uploads/dup.jpg"], _store.Calls);
    }

    [Fact]
    public async Task ProcessAsync_SameEventAgainInThisProcess_MakesNoStoreCall()
    {
        var eTag = _store.Seed(Source, "seq.jpg", Jpeg(50, 50));
        var processor = Processor();
        var source = new SourceObject(Source, "seq.jpg", eTag, Sequencer: "0055AED6DCD90281E5");
        await processor.ProcessAsync(source, CancellationToken.None);
        _store.Calls.Clear();

        var result = await processor.ProcessAsync(source, CancellationToken.None);

        Assert.Equal(new ThumbnailOutcome.AlreadyDone { DuplicateEvent = true }, result.Outcome);
        Assert.Empty(_store.Calls);
    }

    [Fact]
    public async Task ProcessAsync_SameBytesUploadedAgain_ChecksTheOutputs()
    {
        var eTag = _store.Seed(Source, "again.jpg", Jpeg(50, 50));
        var processor = Processor();
        await processor.ProcessAsync(new SourceObject(Source, "again.jpg", eTag, Sequencer: "0055AED6DCD90281E5"), CancellationToken.None);
        _store.Calls.Clear();

        var result = await processor.ProcessAsync(new SourceObject(Source, "again.jpg", eTag, Sequencer: "0055AED6DCD90281F0"), CancellationToken.None);

        Assert.Equal(new ThumbnailOutcome.AlreadyDone(), result.Outcome);
        Assert.Equal(3, _store.Count("HEAD"));
    }

    [Fact]
    public async Task ProcessAsync_RejectedEventAgain_IsProcessedAgain()
    {
        var eTag = _store.Seed(Source, "notimage.jpg", "<html>not an image</html>"u8.ToArray());
        var processor = Processor();
        var source = new SourceObject(Source, "notimage.jpg", eTag, Sequencer: "0055AED6DCD90281E5");
        await processor.ProcessAsync(source, CancellationToken.None);
        _store.Calls.Clear();

        var result = await processor.ProcessAsync(source, CancellationToken.None);

        Assert.IsType<ThumbnailOutcome.Rejected>(result.Outcome);
        Assert.Equal(1, _store.Count("GET"));
    }

    [Fact]
    public async Task ProcessAsync_OverwrittenSource_RemakesThumbnails()
    {
        var first = _store.Seed(Source, "o.jpg", Jpeg(100, 100));
        var processor = Processor();
        await processor.ProcessAsync(new SourceObject(Source, "o.jpg", first), CancellationToken.None);
        var second = _store.Seed(Source, "o.jpg", Jpeg(100, 50));

        var result = await processor.ProcessAsync(new SourceObject(Source, "o.jpg", second), CancellationToken.None);

        Assert.IsType<ThumbnailOutcome.Created>(result.Outcome);
        Assert.Equal(second, _store.Find(Thumbs, "large/o.jpg")!.Metadata[ThumbnailMetadata.SourceETag]);
        Assert.Equal("32", _store.Find(Thumbs, "large/o.jpg")!.Metadata[ThumbnailMetadata.Height]);
    }

    [Fact]
    public async Task ProcessAsync_StaleEventAfterNewerVersionDone_DoesNoWorkTwice()
    {
        var old = _store.Seed(Source, "s.jpg", Jpeg(100, 100));
        var current = _store.Seed(Source, "s.jpg", Jpeg(80, 40));
        var processor = Processor();
        await processor.ProcessAsync(new SourceObject(Source, "s.jpg", current), CancellationToken.None);
        _store.Calls.Clear();

        var result = await processor.ProcessAsync(new SourceObject(Source, "s.jpg", old), CancellationToken.None);

        Assert.IsType<ThumbnailOutcome.AlreadyDone>(result.Outcome);
        Assert.Equal(0, _store.Count("PUT"));
    }

    [Fact]
    public async Task ProcessAsync_CrashBetweenPuts_RetryWritesOnlyTheMissingOutput()
    {
        var eTag = _store.Seed(Source, "c.jpg", Jpeg(100, 100));
        _store.BeforePut = n => { if (n == 2) throw new IOException("connection reset"); };
        var processor = Processor();
        await Assert.ThrowsAsync<IOException>(() => processor.ProcessAsync(new SourceObject(Source, "c.jpg", eTag), CancellationToken.None));
        _store.BeforePut = null;
        _store.Calls.Clear();

        var result = await processor.ProcessAsync(new SourceObject(Source, "c.jpg", eTag), CancellationToken.None);

        var created = Assert.IsType<ThumbnailOutcome.Created>(result.Outcome);
        Assert.Single(created.Written);
        Assert.Equal(1, _store.Count("PUT"));
        Assert.NotNull(_store.Find(Thumbs, "large/c.jpg"));
        Assert.NotNull(_store.Find(Thumbs, "small/c.jpg"));
    }

    [Fact]
    public async Task ProcessAsync_SourceDeletedBeforeProcessing_IsSourceGone()
    {
        var result = await Processor().ProcessAsync(new SourceObject(Source, "gone.jpg", "abc"), CancellationToken.None);

        Assert.IsType<ThumbnailOutcome.SourceGone>(result.Outcome);
        Assert.Equal(0, _store.Count("PUT"));
    }

    [Fact]
    public async Task ProcessAsync_LargerThanByteLimit_RejectedWithoutReadingBody()
    {
        var eTag = _store.Seed(Source, "big.jpg", new byte[2048]);
        _store.PoisonBodies = true;

        var result = await Processor(maxBytes: 1024).ProcessAsync(new SourceObject(Source, "big.jpg", eTag), CancellationToken.None);

        var rejected = Assert.IsType<ThumbnailOutcome.Rejected>(result.Outcome);
        Assert.Equal(RejectionReason.TooManyBytes, rejected.Reason);
        Assert.Contains("THUMBNAIL_MAX_BYTES", rejected.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessAsync_NotAnImage_RejectedAndNothingWritten()
    {
        var eTag = _store.Seed(Source, "fake.jpg", "<html><body>hi</body></html>"u8.ToArray());

        var result = await Processor().ProcessAsync(new SourceObject(Source, "fake.jpg", eTag), CancellationToken.None);

        Assert.Equal(RejectionReason.NotAnImage, Assert.IsType<ThumbnailOutcome.Rejected>(result.Outcome).Reason);
        Assert.Equal(0, _store.Count("PUT"));
    }

    [Theory]
    [InlineData(Source, "folder/", SkipReason.Folder)]
    [InlineData(Thumbs, "large/x.jpg", SkipReason.OwnOutput)]
    public async Task ProcessAsync_KeyNotASource_SkippedWithoutS3Calls(string bucket, string key, SkipReason reason)
    {
        var result = await Processor(thumbnailBucket: Thumbs).ProcessAsync(new SourceObject(bucket, key, "e"), CancellationToken.None);

        Assert.Equal(reason, Assert.IsType<ThumbnailOutcome.Skipped>(result.Outcome).Reason);
        Assert.Empty(_store.Calls);
    }

    [Fact]
    public async Task ProcessAsync_PresetSettingsChanged_RemakesThumbnails()
    {
        var eTag = _store.Seed(Source, "p.jpg", Jpeg(100, 100));
        await Processor().ProcessAsync(new SourceObject(Source, "p.jpg", eTag), CancellationToken.None);

        var result = await Processor(quality: 50).ProcessAsync(new SourceObject(Source, "p.jpg", eTag), CancellationToken.None);

        Assert.Equal(2, Assert.IsType<ThumbnailOutcome.Created>(result.Outcome).Written.Count);
    }

    private ThumbnailProcessor Processor(long maxBytes = 1024 * 1024, string thumbnailBucket = Thumbs, int quality = 80)
    {
        var options = new ThumbnailOptions
        {
            ThumbnailBucket = thumbnailBucket,
            MaxSourceBytes = maxBytes,
            Pipeline = new ImagePipelineOptions { Presets = TwoPresets, Quality = quality },
        };
        return new ThumbnailProcessor(_store, options, StandardCodecs.Pipeline(options.Pipeline), TimeProvider.System);
    }

    private static byte[] Jpeg(int width, int height)
    {
        using var image = TestImages.Quadrants(width, height);
        return TestImages.Encode(image, new JpegEncoder { Quality = 90 });
    }
}
