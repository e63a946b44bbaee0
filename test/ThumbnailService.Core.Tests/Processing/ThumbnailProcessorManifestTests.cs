using System.Text.Json;
using SixLabors.ImageSharp;
using ThumbnailService.Core.Processing;
using ThumbnailService.Core.Tests.TestDoubles;
using ThumbnailService.TestSupport.Images;
using static ThumbnailService.Core.Tests.TestDoubles.ProcessorWorld;

namespace ThumbnailService.Core.Tests.Processing;

/// <summary>The per-source manifest: written last, true to the stored thumbnails, one HEAD for a duplicate, gone with them.</summary>
public sealed class ThumbnailProcessorManifestTests
{
    private readonly ProcessorWorld _world = new();

    [Fact]
    public async Task ProcessAsync_NewImage_WritesManifestAfterEveryThumbnail()
    {
        var eTag = _world.Store.Seed(Source, "a b/cat.jpg", Jpeg(200, 100));

        var result = await _world.ManifestProcessor().ProcessAsync(new SourceObject(Source, "a b/cat.jpg", eTag), CancellationToken.None);

        Assert.Equal("meta/a b/cat.jpg.json", Assert.IsType<ThumbnailOutcome.Created>(result.Outcome).Manifest);
        var puts = _world.Store.Calls.Where(call => call.StartsWith("PUT ", StringComparison.Ordinal)).ToList();
        Assert.Equal("PUT thumbs/meta/a b/cat.jpg.json", puts[^1]);
        Assert.Equal(3, puts.Count);
        var manifest = _world.Manifest("a b/cat.jpg")!;
        Assert.Equal("application/json", manifest.ContentType);
        Assert.Equal(eTag, manifest.Metadata[ThumbnailMetadata.SourceETag]);
        Assert.True(manifest.Metadata.ContainsKey(ThumbnailMetadata.Fingerprint));
    }

    [Fact]
    public async Task ProcessAsync_NewImage_ManifestDescribesTheStoredThumbnails()
    {
        var source = Jpeg(200, 100);
        var eTag = _world.Store.Seed(Source, "m.jpg", source);

        await _world.ManifestProcessor().ProcessAsync(new SourceObject(Source, "m.jpg", eTag), CancellationToken.None);

        using var json = JsonDocument.Parse(_world.Manifest("m.jpg")!.Body);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        var described = root.GetProperty("source");
        Assert.Equal((Source, "m.jpg", eTag), (described.GetProperty("bucket").GetString(), described.GetProperty("key").GetString(), described.GetProperty("etag").GetString()));
        Assert.Equal(source.Length, described.GetProperty("bytes").GetInt64());
        Assert.Equal(("jpeg", 200, 100, false, 1), (described.GetProperty("format").GetString(), described.GetProperty("width").GetInt32(),
            described.GetProperty("height").GetInt32(), described.GetProperty("hasAlpha").GetBoolean(), described.GetProperty("frames").GetInt32()));
        Assert.False(described.TryGetProperty("versionId", out _));
        foreach (var listed in root.GetProperty("thumbnails").EnumerateArray())
        {
            var stored = _world.Store.Find(Thumbs, listed.GetProperty("key").GetString()!)!;
            using var image = Image.Load(stored.Body);
            Assert.Equal((image.Width, image.Height), (listed.GetProperty("width").GetInt32(), listed.GetProperty("height").GetInt32()));
            Assert.Equal(stored.Body.Length, listed.GetProperty("bytes").GetInt64());
            Assert.Equal(stored.ContentType, listed.GetProperty("contentType").GetString());
        }

        Assert.Equal(["large", "small"], root.GetProperty("thumbnails").EnumerateArray().Select(t => t.GetProperty("preset").GetString()));
        Assert.Matches("^#[0-9a-f]{6}$", root.GetProperty("dominantColor").GetString());
        Assert.Matches("^#[0-9a-f]{6}$", root.GetProperty("averageColor").GetString());
        using var placeholder = ThumbHashDecoder.Decode(Convert.FromBase64String(root.GetProperty("thumbHash").GetString()!));
        Assert.Equal((32, 18), (placeholder.Width, placeholder.Height)); // 2:1 as ThumbHash approximates it (7 x 4 luminance terms)
        Assert.True(root.GetProperty("processingMs").GetDouble() >= 0);
    }

    [Fact]
    public async Task ProcessAsync_DuplicateInAnotherSandbox_OneHeadOfTheManifest()
    {
        var eTag = _world.Store.Seed(Source, "dup.jpg", Jpeg(50, 50));
        await _world.ManifestProcessor().ProcessAsync(new SourceObject(Source, "dup.jpg", eTag), CancellationToken.None);
        _world.Store.Calls.Clear();

        var result = await _world.ManifestProcessor().ProcessAsync(new SourceObject(Source, "dup.jpg", eTag), CancellationToken.None);

        Assert.Equal(new ThumbnailOutcome.AlreadyDone(), result.Outcome);
        Assert.Equal(["HEAD thumbs/meta/dup.jpg.json"], _world.Store.Calls);
        Assert.Equal(1, result.Metrics.Heads);
    }

    [Fact]
    public async Task ProcessAsync_ThumbnailsWithoutManifest_ChecksEachOutputThenWritesOnlyTheManifest()
    {
        // A bucket made before manifests: every thumbnail is current, no manifest.
        var eTag = _world.Store.Seed(Source, "old.jpg", Jpeg(60, 40));
        await _world.Processor().ProcessAsync(new SourceObject(Source, "old.jpg", eTag), CancellationToken.None);
        _world.Store.Calls.Clear();

        var result = await _world.ManifestProcessor().ProcessAsync(new SourceObject(Source, "old.jpg", eTag), CancellationToken.None);

        var created = Assert.IsType<ThumbnailOutcome.Created>(result.Outcome);
        Assert.Empty(created.Written);
        Assert.Equal(["PUT thumbs/meta/old.jpg.json"], _world.Store.Calls.Where(call => call.StartsWith("PUT ", StringComparison.Ordinal)));
        Assert.Equal(1, _world.Store.Calls.Count(call => call == "HEAD thumbs/meta/old.jpg.json")); // not HEAD-ed again by the fallback
        Assert.Contains("HEAD thumbs/large/old.jpg", _world.Store.Calls);
        using var json = JsonDocument.Parse(_world.Manifest("old.jpg")!.Body);
        var large = json.RootElement.GetProperty("thumbnails")[0];
        Assert.Equal((60, 40), (large.GetProperty("width").GetInt32(), large.GetProperty("height").GetInt32())); // never upscaled
        Assert.Equal(_world.Thumbnail("large", "old.jpg")!.Body.Length, large.GetProperty("bytes").GetInt64());
    }

    [Fact]
    public async Task ProcessAsync_SourceGone_DeletesTheManifestAfterTheThumbnails()
    {
        var eTag = _world.Store.Seed(Source, "g.jpg", Jpeg(80, 80));
        await _world.ManifestProcessor().ProcessAsync(new SourceObject(Source, "g.jpg", eTag), CancellationToken.None);
        _world.Store.Remove(Source, "g.jpg");
        _world.Store.Calls.Clear();

        var result = await _world.ManifestProcessor().ProcessAsync(new SourceObject(Source, "g.jpg"), CancellationToken.None);

        Assert.Equal(new ThumbnailOutcome.SourceGone { Removed = 2 }, result.Outcome);
        var deletes = _world.Store.Calls.Where(call => call.StartsWith("DELETE ", StringComparison.Ordinal)).ToList();
        Assert.Equal("DELETE thumbs/meta/g.jpg.json", deletes[^1]);
        Assert.Equal(3, deletes.Count);
        Assert.Null(_world.Manifest("g.jpg"));
    }

    [Fact]
    public async Task ProcessAsync_SourceDeletedWhileWriting_PostWriteCheckRemovesManifestWithThumbnails()
    {
        var eTag = _world.Store.Seed(Source, "w.jpg", Jpeg(80, 80));
        _world.Store.BeforePut = n =>
        {
            if (n == 3) // the manifest, after both thumbnails
            {
                _world.Store.Remove(Source, "w.jpg");
            }
        };

        var result = await _world.ManifestProcessor().ProcessAsync(new SourceObject(Source, "w.jpg", eTag), CancellationToken.None);

        Assert.IsType<ThumbnailOutcome.SourceGone>(result.Outcome);
        Assert.Null(_world.Manifest("w.jpg"));
        Assert.All(_world.Thumbnails("w.jpg"), Assert.Null);
    }

    [Fact]
    public async Task ProcessAsync_NewVersion_DeletesOldManifestBeforeReplacingThumbnailsAndWritesTheNewOneLast()
    {
        var first = _world.Store.Seed(Source, "v.jpg", Jpeg(80, 40));
        await _world.ManifestProcessor().ProcessAsync(new SourceObject(Source, "v.jpg", first), CancellationToken.None);
        var second = _world.Store.Seed(Source, "v.jpg", Jpeg(40, 80));
        _world.Store.Calls.Clear();

        await _world.ManifestProcessor().ProcessAsync(new SourceObject(Source, "v.jpg", second), CancellationToken.None);

        var writes = _world.Store.Calls.Where(call => !call.StartsWith("HEAD ", StringComparison.Ordinal) && !call.StartsWith("GET ", StringComparison.Ordinal)).ToList();
        Assert.Equal("DELETE thumbs/meta/v.jpg.json", writes[0]);
        Assert.Equal("PUT thumbs/meta/v.jpg.json", writes[^1]);
        Assert.Equal(second, _world.Manifest("v.jpg")!.Metadata[ThumbnailMetadata.SourceETag]);
    }

    [Fact]
    public async Task ProcessAsync_OlderEventAfterNewerVersion_FallsBackAndKeepsNewerManifest()
    {
        var first = _world.Store.Seed(Source, "o.jpg", Jpeg(80, 40));
        var second = _world.Store.Seed(Source, "o.jpg", Jpeg(40, 80));
        await _world.ManifestProcessor().ProcessAsync(new SourceObject(Source, "o.jpg", second), CancellationToken.None);
        _world.Store.Calls.Clear();

        var result = await _world.ManifestProcessor().ProcessAsync(new SourceObject(Source, "o.jpg", first), CancellationToken.None);

        Assert.Equal(new ThumbnailOutcome.AlreadyDone(), result.Outcome);
        Assert.Equal(0, _world.Store.Gets + _world.Store.Puts);
        Assert.Equal(second, _world.Manifest("o.jpg")!.Metadata[ThumbnailMetadata.SourceETag]);
    }

    [Fact]
    public async Task ProcessAsync_ManifestKeyAsSourceInSharedBucket_SkippedAsOwnOutput()
    {
        var result = await _world.Processor(options => options with { ManifestPrefix = "meta/", ThumbnailBucket = Source })
            .ProcessAsync(new SourceObject(Source, "meta/x.jpg.json"), CancellationToken.None);

        Assert.Equal(new ThumbnailOutcome.Skipped(SkipReason.OwnOutput), result.Outcome);
    }
}
