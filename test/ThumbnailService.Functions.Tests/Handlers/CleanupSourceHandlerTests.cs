using ThumbnailService.Codecs;
using System.Text.Json;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Options;
using ThumbnailService.Core.Presets;
using ThumbnailService.Core.Processing;
using ThumbnailService.Aws.Events;
using ThumbnailService.Functions.Handlers;
using ThumbnailService.Functions.Tests.TestDoubles;

namespace ThumbnailService.Functions.Tests.Handlers;

public sealed class CleanupSourceHandlerTests
{
    private const string Source = "uploads";
    private const string Thumbs = "thumbs";
    private readonly InMemoryObjectStore _store = new();
    private readonly RecordingLogger _logger = new();

    [Fact]
    public async Task HandleAsync_SourceDeleted_DeletesEveryThumbnail()
    {
        await MakeThumbnailsAsync("k.jpg", Jpeg(40, 20));
        _store.Remove(Source, "k.jpg");

        var summary = await Handler().HandleAsync(Removed("k.jpg", "ObjectRemoved:Delete"), CancellationToken.None);

        Assert.Equal("Deleted", summary.Outcome);
        Assert.Null(_store.Find(Thumbs, "large/k.jpg"));
        Assert.Null(_store.Find(Thumbs, "small/k.jpg"));
        Assert.Contains(_logger.Lines, line => JsonDocument.Parse(line.FieldsJson).RootElement.GetProperty("removed").GetInt32() == 2);
    }

    [Fact]
    public async Task HandleAsync_ReuploadProcessedWhileDeleting_RepairsTheNewThumbnails()
    {
        await MakeThumbnailsAsync("k.jpg", Jpeg(40, 20));
        _store.Remove(Source, "k.jpg");
        var reupload = Jpeg(20, 40);
        _store.BeforeDelete = _ =>
        {
            _store.BeforeDelete = null;
            _store.Seed(Source, "k.jpg", reupload); // the re-upload lands, and its own event is already done
        };

        var summary = await Handler().HandleAsync(Removed("k.jpg", "ObjectRemoved:Delete"), CancellationToken.None);

        Assert.Equal("Repaired", summary.Outcome);
        Assert.Equal("32", _store.Find(Thumbs, "large/k.jpg")!.Metadata[ThumbnailMetadata.Height]);
        Assert.NotNull(_store.Find(Thumbs, "small/k.jpg"));
    }

    [Fact]
    public async Task HandleAsync_DeleteMarkerCreated_DeletesTheThumbnails()
    {
        _store.VersionedBuckets.Add(Source);
        await MakeThumbnailsAsync("k.jpg", Jpeg(40, 20));
        _store.Remove(Source, "k.jpg");

        var summary = await Handler().HandleAsync(Removed("k.jpg", "ObjectRemoved:DeleteMarkerCreated"), CancellationToken.None);

        Assert.Equal("Deleted", summary.Outcome);
        Assert.Null(_store.Find(Thumbs, "large/k.jpg"));
    }

    [Fact]
    public async Task HandleAsync_NoncurrentVersionDeleted_KeepsTheThumbnails()
    {
        _store.VersionedBuckets.Add(Source);
        var old = _store.SeedVersion(Source, "k.jpg", Jpeg(40, 20));
        await MakeThumbnailsAsync("k.jpg", Jpeg(20, 40));
        _store.RemoveVersion(Source, "k.jpg", old.VersionId!);
        _store.Calls.Clear();

        var summary = await Handler().HandleAsync(Removed("k.jpg", "ObjectRemoved:Delete"), CancellationToken.None);

        Assert.Equal("SourceExists", summary.Outcome);
        Assert.Equal(0, _store.Count("DELETE") + _store.Count("PUT") + _store.Count("GET"));
        Assert.NotNull(_store.Find(Thumbs, "large/k.jpg"));
    }

    [Fact]
    public async Task HandleAsync_CreatedEvent_IsIgnoredWithoutAnyRequest()
    {
        var summary = await Handler().HandleAsync(new SourceEvent(EventKind.Created, "ObjectCreated:Put", new SourceObject(Source, "k.jpg")), CancellationToken.None);

        Assert.Equal("Ignored", summary.Outcome);
        Assert.Empty(_store.Calls);
    }

    [Fact]
    public async Task HandleAsync_SourceDeletedWithManifest_DeletesTheManifestLast()
    {
        _store.SeedVersion(Source, "m.jpg", Jpeg(40, 20));
        await Processor(manifestPrefix: "meta/").ProcessAsync(new SourceObject(Source, "m.jpg"), CancellationToken.None);
        Assert.NotNull(_store.Find(Thumbs, "meta/m.jpg.json"));
        _store.Remove(Source, "m.jpg");
        _store.Calls.Clear();

        var summary = await new CleanupSourceHandler(Processor(manifestPrefix: "meta/"), _logger).HandleAsync(Removed("m.jpg", "ObjectRemoved:Delete"), CancellationToken.None);

        Assert.Equal("Deleted", summary.Outcome);
        Assert.Equal(
            ["DELETE thumbs/large/m.jpg", "DELETE thumbs/small/m.jpg", "DELETE thumbs/meta/m.jpg.json"],
            [.. _store.Calls.Where(call => call.StartsWith("DELETE ", StringComparison.Ordinal)).Take(2).Order(StringComparer.Ordinal),
             _store.Calls.Last(call => call.StartsWith("DELETE ", StringComparison.Ordinal))]);
        Assert.Null(_store.Find(Thumbs, "meta/m.jpg.json"));
    }

    [Fact]
    public async Task HandleAsync_DeleteEventCarryingTheDeletedETag_StillDeletesThumbnailsAndManifest()
    {
        var v1 = _store.SeedVersion(Source, "e.jpg", Jpeg(40, 20));
        await Processor(manifestPrefix: "meta/").ProcessAsync(new SourceObject(Source, "e.jpg", v1.ETag, VersionId: v1.VersionId), CancellationToken.None);
        _store.Remove(Source, "e.jpg");
        var removed = new SourceEvent(EventKind.Removed, "ObjectRemoved:Delete", new SourceObject(Source, "e.jpg", v1.ETag, VersionId: v1.VersionId));

        var summary = await new CleanupSourceHandler(Processor(manifestPrefix: "meta/"), _logger).HandleAsync(removed, CancellationToken.None);

        Assert.Equal("Deleted", summary.Outcome);
        Assert.Null(_store.Find(Thumbs, "large/e.jpg"));
        Assert.Null(_store.Find(Thumbs, "meta/e.jpg.json"));
    }

    private CleanupSourceHandler Handler() => new(Processor(), _logger);

    private ThumbnailProcessor Processor(string manifestPrefix = "")
    {
        var options = new ThumbnailOptions
        {
            ThumbnailBucket = Thumbs,
            ManifestPrefix = manifestPrefix,
            Pipeline = new ImagePipelineOptions { Presets = [new Preset("large", 32, 32, FitMode.Inside), new Preset("small", 8, 8, FitMode.Cover)] },
        };
        return new ThumbnailProcessor(_store, options, StandardCodecs.Pipeline(options.Pipeline), new ManualTimeProvider());
    }

    private async Task MakeThumbnailsAsync(string key, byte[] body)
    {
        _store.SeedVersion(Source, key, body);
        Assert.IsType<ThumbnailOutcome.Created>((await Processor().ProcessAsync(new SourceObject(Source, key), CancellationToken.None)).Outcome);
    }

    private static SourceEvent Removed(string key, string name) => new(EventKind.Removed, name, new SourceObject(Source, key));

    private static byte[] Jpeg(int width, int height)
    {
        using var image = new Image<Rgb24>(width, height, new Rgb24(10, 120, 200));
        using var buffer = new MemoryStream();
        image.Save(buffer, new JpegEncoder());
        return buffer.ToArray();
    }
}
