using ThumbnailService.Codecs;
using SixLabors.ImageSharp.Formats.Jpeg;
using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Options;
using ThumbnailService.Core.Presets;
using ThumbnailService.Core.Processing;
using ThumbnailService.TestSupport.Images;
using ThumbnailService.Core.Tests.TestDoubles;

namespace ThumbnailService.Core.Tests.Processing;

/// <summary>S3 keys are at most 1024 bytes (UTF-8): a source key whose thumbnail keys would be longer is refused up front.</summary>
public sealed class ThumbnailProcessorKeyLengthTests
{
    private const string Source = "uploads";
    private readonly InMemoryObjectStore _store = new();

    [Fact]
    public async Task ProcessAsync_ThumbnailKeyOver1024Bytes_RejectedKeyTooLongWithoutS3Calls()
    {
        var key = new string('é', 512); // 1024 bytes: "large/" + key is 1030
        var eTag = _store.Seed(Source, key, Jpeg());

        var result = await Processor().ProcessAsync(new SourceObject(Source, key, eTag), CancellationToken.None);

        var rejected = Assert.IsType<ThumbnailOutcome.Rejected>(result.Outcome);
        Assert.Equal(RejectionReason.KeyTooLong, rejected.Reason);
        Assert.Contains("1030 bytes", rejected.Detail, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0), (result.Metrics.Heads, result.Metrics.Gets, result.Metrics.Puts));
    }

    [Fact]
    public async Task ProcessAsync_ThumbnailKeysExactly1024Bytes_Created()
    {
        var key = new string('x', 1024 - "large/".Length);
        var eTag = _store.Seed(Source, key, Jpeg());

        var result = await Processor().ProcessAsync(new SourceObject(Source, key, eTag), CancellationToken.None);

        Assert.IsType<ThumbnailOutcome.Created>(result.Outcome);
    }

    [Fact]
    public async Task ProcessAsync_OnlyTheManifestKeyOver1024Bytes_RejectedKeyTooLongWithoutS3Calls()
    {
        var key = new string('x', 1024 - "large/".Length); // thumbnails fit; "meta/" + key + ".json" is 1028
        var eTag = _store.Seed(Source, key, Jpeg());

        var result = await Processor("meta/").ProcessAsync(new SourceObject(Source, key, eTag), CancellationToken.None);

        var rejected = Assert.IsType<ThumbnailOutcome.Rejected>(result.Outcome);
        Assert.Equal(RejectionReason.KeyTooLong, rejected.Reason);
        Assert.Contains("manifest key would be 1028 bytes", rejected.Detail, StringComparison.Ordinal);
        Assert.Equal(0, result.Metrics.Heads);
    }

    private ThumbnailProcessor Processor(string manifestPrefix = "")
    {
        var options = new ThumbnailOptions
        {
            ThumbnailBucket = "thumbs",
            ManifestPrefix = manifestPrefix,
            Pipeline = new ImagePipelineOptions { Presets = [new("large", 64, 64, FitMode.Inside), new("small", 16, 16, FitMode.Cover)] },
        };
        return new ThumbnailProcessor(_store, options, StandardCodecs.Pipeline(options.Pipeline), TimeProvider.System);
    }

    private static byte[] Jpeg()
    {
        using var image = TestImages.Quadrants(80, 60);
        return TestImages.Encode(image, new JpegEncoder { Quality = 90 });
    }
}
