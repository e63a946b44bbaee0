using ThumbnailService.Core.Storage;
using System.Globalization;
using SixLabors.ImageSharp;
using ThumbnailService.Core.Processing;
using ThumbnailService.Operations.Backfill;
using ThumbnailService.Operations.Tests.Backfill.TestDoubles;
using Xunit.Abstractions;

namespace ThumbnailService.Operations.Tests.Backfill;

/// <summary>
/// 1100 sources (more than one ListObjectsV2 page) on the local S3 host, a quarter each missing and stale, half up to date,
/// plus orphans: dry run, interrupted run, rerun, verification, idle rerun and orphan deletion, in that order.
/// </summary>
[Trait("Category", "Integration")]
public sealed class BackfillEndToEndTests(BackfillS3Fixture s3, ITestOutputHelper output) : IClassFixture<BackfillS3Fixture>
{
    private const int SourceCount = 1100;
    private const int OrphanCount = 40;
    private const string Presets = "t:4x4:inside";

    [RequiresFact("node")]
    public async Task RunAsync_ElevenHundredMixedSources_ReconcilesAcrossPagesInterruptionAndReruns()
    {
        var prefix = $"e2e-{Guid.NewGuid():N}/";
        var options = BackfillWorld.Options(Presets, BackfillS3Fixture.Thumbnails);
        var orphans = await SeedAsync(prefix, options);
        var backfill = new BackfillOptions { SourceBucket = BackfillS3Fixture.Sources, Prefix = prefix, Concurrency = 8 };
        var needWork = SourceCount / 2;

        var objectsBefore = await CountAllAsync(prefix);
        var (dryRun, dryWrites) = await RunAsync(options, backfill with { DryRun = true, DeleteOrphans = true });
        Assert.Equal((SourceCount / 2, SourceCount / 4, SourceCount / 4), (dryRun.Tally.Count(SourceState.UpToDate), dryRun.Tally.Count(SourceState.Stale), dryRun.Tally.Count(SourceState.Missing)));
        Assert.Equal(orphans.Order(StringComparer.Ordinal), dryRun.Inventory.Orphans.Order(StringComparer.Ordinal));
        Assert.Equal((0, 0), (dryWrites.Puts, dryWrites.Deletes));
        Assert.Equal(objectsBefore, await CountAllAsync(prefix));

        var (stopped, stoppedWrites) = await RunAsync(options, backfill, stopAfter: 300);
        var createdBeforeStop = stopped.Tally.Outcome(nameof(ThumbnailOutcome.Created));
        Assert.False(stopped.Completed);
        Assert.InRange(createdBeforeStop, 1, needWork - 1);
        Assert.Equal(createdBeforeStop, stoppedWrites.Puts);

        var (rerun, rerunWrites) = await RunAsync(options, backfill);
        Assert.True(rerun.Completed);
        Assert.Equal(needWork - createdBeforeStop, rerun.Tally.Outcome(nameof(ThumbnailOutcome.Created)));
        Assert.Equal(needWork - createdBeforeStop, rerunWrites.Puts);
        Assert.Empty(rerun.Tally.Failures);

        await AssertEverySourceHasADecodableCurrentThumbnailAsync(prefix, options);

        var (idle, idleWrites) = await RunAsync(options, backfill);
        Assert.Equal(SourceCount, idle.Tally.Count(SourceState.UpToDate));
        Assert.Equal((0, 0), (idleWrites.Puts, idleWrites.Deletes));

        var (cleanup, cleanupWrites) = await RunAsync(options, backfill with { DeleteOrphans = true });
        Assert.Equal((OrphanCount, OrphanCount), (cleanup.Tally.OrphansDeleted, cleanupWrites.Deletes));
        Assert.Equal(SourceCount, (await s3.KeysAsync(BackfillS3Fixture.Thumbnails, $"t/{prefix}")).Count);
    }

    /// <summary>Sources i%4 = 0,1 up to date, 2 stale (another source ETag recorded), 3 missing; returns the orphan keys.</summary>
    private async Task<List<string>> SeedAsync(string prefix, Core.Options.ThumbnailOptions options)
    {
        var planner = new OutputPlanner(options);
        var started = TimeProvider.System.GetTimestamp(); // for the figure printed below, not asserted
        await Parallel.ForEachAsync(Enumerable.Range(0, SourceCount), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
        {
            var key = string.Create(CultureInfo.InvariantCulture, $"{prefix}img {i:D4}.jpg");
            var eTag = await s3.PutAsync(BackfillS3Fixture.Sources, key, BackfillWorld.Jpeg(i % 7));
            if (i % 4 != 3)
            {
                var output = planner.Plan(BackfillS3Fixture.Sources, key).Single();
                var recorded = i % 4 == 2 ? "an-older-etag" : eTag;
                await s3.PutAsync(BackfillS3Fixture.Thumbnails, output.Key, BackfillWorld.Jpeg(), BackfillWorld.ThumbnailMetadata(recorded, output.Fingerprint));
            }
        });
        var orphans = Enumerable.Range(0, OrphanCount).Select(i => planner.Plan(BackfillS3Fixture.Sources, $"{prefix}deleted {i}.jpg").Single().Key).ToList();
        await Parallel.ForEachAsync(orphans, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (key, _) =>
            await s3.PutAsync(BackfillS3Fixture.Thumbnails, key, BackfillWorld.Jpeg(), BackfillWorld.ThumbnailMetadata("gone", "x")));
        output.WriteLine($"seeded {SourceCount} sources, {SourceCount * 3 / 4} thumbnails, {OrphanCount} orphans in {TimeProvider.System.GetElapsedTime(started).TotalSeconds:0.0} s");
        return orphans;
    }

    private async Task<(BackfillReport Report, CountingObjectStore Writes)> RunAsync(Core.Options.ThumbnailOptions options, BackfillOptions backfill, int stopAfter = int.MaxValue)
    {
        var writes = new CountingObjectStore(s3.Store);
        using var progress = new RecordingProgress(stopAfter);
        // The real clock only for the figures printed below (seconds, sources/s); nothing is asserted on time.
        var report = await BackfillWorld.Runner(writes, s3.Lister, options, backfill, TimeProvider.System).RunAsync(progress, progress.Stop.Token);
        output.WriteLine(
            $"{(backfill.DryRun ? "dry run" : "run")}{(backfill.DeleteOrphans ? " --delete-orphans" : string.Empty)}: {report.Checked} checked, "
            + $"{report.Tally.Outcome(nameof(ThumbnailOutcome.Created))} created, {writes.Puts} PUT, {writes.Deletes} DELETE in "
            + $"{report.Elapsed.TotalSeconds:0.00} s ({report.Checked / report.Elapsed.TotalSeconds:0} sources/s){(report.Completed ? string.Empty : " (stopped)")}");
        return (report, writes);
    }

    private async Task<int> CountAllAsync(string prefix) =>
        (await s3.KeysAsync(BackfillS3Fixture.Sources, prefix)).Count + (await s3.KeysAsync(BackfillS3Fixture.Thumbnails, $"t/{prefix}")).Count;

    private async Task AssertEverySourceHasADecodableCurrentThumbnailAsync(string prefix, Core.Options.ThumbnailOptions options)
    {
        var planner = new OutputPlanner(options);
        var store = s3.Store;
        var sources = new List<ListedObject>();
        await foreach (var listed in s3.Lister.ListAsync(BackfillS3Fixture.Sources, prefix, CancellationToken.None))
        {
            sources.Add(listed);
        }

        Assert.Equal(SourceCount, sources.Count);
        await Parallel.ForEachAsync(sources, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (source, ct) =>
        {
            var output = planner.Plan(BackfillS3Fixture.Sources, source.Key).Single();
            await using var download = await store.GetAsync(BackfillS3Fixture.Thumbnails, output.Key, null, ct);
            var head = await store.HeadAsync(BackfillS3Fixture.Thumbnails, output.Key, ct);
            Assert.NotNull(download);
            Assert.Equal(source.ETag, head!.Metadata[ThumbnailMetadata.SourceETag]);
            Assert.Equal(output.Fingerprint, head.Metadata[ThumbnailMetadata.Fingerprint]);
            using var bytes = new MemoryStream();
            await download.Body.CopyToAsync(bytes, ct);
            Assert.NotNull(Image.Identify(bytes.ToArray()));
        });
    }
}
