using ThumbnailService.Core.Processing;
using ThumbnailService.Core.Tests.TestDoubles;
using static ThumbnailService.Core.Tests.TestDoubles.ProcessorWorld;

namespace ThumbnailService.Core.Tests.Processing;

/// <summary>A versioned source bucket: thumbnails show the current version, read by its version id, and record it.</summary>
public sealed class ThumbnailProcessorVersioningTests
{
    private readonly ProcessorWorld _world = new();

    public ThumbnailProcessorVersioningTests() => _world.Store.VersionedBuckets.Add(Source);

    [Fact]
    public async Task ProcessAsync_VersionedSource_ReadsThatVersionAndRecordsIt()
    {
        var v1 = _world.Store.SeedVersion(Source, "k.jpg", Jpeg(80, 40));

        var result = await _world.Processor().ProcessAsync(Event(v1), CancellationToken.None);

        Assert.IsType<ThumbnailOutcome.Created>(result.Outcome);
        Assert.Contains($"GET uploads/k.jpg?versionId={v1.VersionId}", _world.Store.Calls);
        Assert.All(_world.Thumbnails("k.jpg"), thumbnail => Assert.Equal(v1.VersionId, thumbnail!.Metadata[ThumbnailMetadata.SourceVersionId]));
    }

    [Fact]
    public async Task ProcessAsync_OlderVersionsEventAfterTheNewer_KeepsTheNewerThumbnailsWithoutAGet()
    {
        var v1 = _world.Store.SeedVersion(Source, "k.jpg", Jpeg(80, 40));
        var v2 = _world.Store.SeedVersion(Source, "k.jpg", Jpeg(40, 80));
        await _world.Processor().ProcessAsync(Event(v2), CancellationToken.None);
        _world.Store.Calls.Clear();

        var result = await _world.Processor().ProcessAsync(Event(v1), CancellationToken.None);

        Assert.IsType<ThumbnailOutcome.AlreadyDone>(result.Outcome);
        Assert.Equal(0, _world.Store.Count("GET"));
        Assert.All(_world.Thumbnails("k.jpg"), thumbnail => Assert.Equal(v2.VersionId, thumbnail!.Metadata[ThumbnailMetadata.SourceVersionId]));
    }

    [Fact]
    public async Task ProcessAsync_SameBytesAsANewVersion_RecordsTheNewVersion()
    {
        var bytes = Jpeg(80, 40);
        await _world.Processor().ProcessAsync(Event(_world.Store.SeedVersion(Source, "k.jpg", bytes)), CancellationToken.None);
        var v2 = _world.Store.SeedVersion(Source, "k.jpg", bytes);

        var result = await _world.Processor().ProcessAsync(Event(v2), CancellationToken.None);

        Assert.IsType<ThumbnailOutcome.Created>(result.Outcome);
        Assert.All(_world.Thumbnails("k.jpg"), thumbnail => Assert.Equal(v2.VersionId, thumbnail!.Metadata[ThumbnailMetadata.SourceVersionId]));
    }

    [Fact]
    public async Task ProcessAsync_DeleteMarkerIsCurrent_RemovesTheThumbnails()
    {
        var v1 = _world.Store.SeedVersion(Source, "k.jpg", Jpeg(80, 40));
        await _world.Processor().ProcessAsync(Event(v1), CancellationToken.None);
        _world.Store.Remove(Source, "k.jpg"); // DeleteObject without a version id: a delete marker

        var result = await _world.Processor().ProcessAsync(new SourceObject(Source, "k.jpg"), CancellationToken.None);

        Assert.Equal(new ThumbnailOutcome.SourceGone { Removed = 2 }, result.Outcome);
        Assert.All(_world.Thumbnails("k.jpg"), Assert.Null);
    }

    [Fact]
    public async Task ProcessAsync_NoncurrentVersionDeleted_KeepsTheCurrentVersionsThumbnails()
    {
        var v1 = _world.Store.SeedVersion(Source, "k.jpg", Jpeg(80, 40));
        var v2 = _world.Store.SeedVersion(Source, "k.jpg", Jpeg(40, 80));
        await _world.Processor().ProcessAsync(Event(v2), CancellationToken.None);
        _world.Store.RemoveVersion(Source, "k.jpg", v1.VersionId!);

        var result = await _world.Processor().ProcessAsync(new SourceObject(Source, "k.jpg", VersionId: v1.VersionId), CancellationToken.None);

        Assert.IsType<ThumbnailOutcome.AlreadyDone>(result.Outcome);
        Assert.All(_world.Thumbnails("k.jpg"), thumbnail => Assert.Equal(v2.VersionId, thumbnail!.Metadata[ThumbnailMetadata.SourceVersionId]));
    }

    [Fact]
    public async Task ProcessAsync_CurrentVersionDeleted_ShowsThePreviousVersion()
    {
        var v1 = _world.Store.SeedVersion(Source, "k.jpg", Jpeg(80, 40));
        var v2 = _world.Store.SeedVersion(Source, "k.jpg", Jpeg(40, 80));
        await _world.Processor().ProcessAsync(Event(v2), CancellationToken.None);
        _world.Store.RemoveVersion(Source, "k.jpg", v2.VersionId!);

        var result = await _world.Processor().ProcessAsync(new SourceObject(Source, "k.jpg", VersionId: v2.VersionId), CancellationToken.None);

        Assert.IsType<ThumbnailOutcome.Created>(result.Outcome);
        Assert.Equal(v1.VersionId, _world.Thumbnail("large", "k.jpg")!.Metadata[ThumbnailMetadata.SourceVersionId]);
        Assert.Equal("32", _world.Thumbnail("large", "k.jpg")!.Metadata[ThumbnailMetadata.Height]);
    }

    private static SourceObject Event(StoredObject version) => new(Source, "k.jpg", version.ETag, VersionId: version.VersionId);
}
