using ThumbnailService.Core.Options;
using ThumbnailService.Core.Processing;

namespace ThumbnailService.Operations.Tests.Backfill.TestDoubles;

/// <summary>Seeds an in-memory source bucket with sources in every state, plus orphaned thumbnails.</summary>
internal sealed record MixedBucket(int UpToDate, int Stale, int Missing, int Orphans)
{
    public int Sources => UpToDate + Stale + Missing;

    public List<string> OrphanKeys { get; } = [];

    public MixedBucket Seed(InMemoryObjectStore store, ThumbnailOptions options, string prefix = "")
    {
        var planner = new OutputPlanner(options);
        var jpeg = BackfillWorld.Jpeg();
        for (var i = 0; i < Sources; i++)
        {
            var key = $"{prefix}photo {i:D4}.jpg";
            var eTag = store.Seed(BackfillWorld.Sources, key, jpeg);
            if (i < UpToDate + Stale)
            {
                var recorded = i < UpToDate ? eTag : "an-older-etag";
                foreach (var output in planner.Plan(BackfillWorld.Sources, key))
                {
                    store.Seed(options.ThumbnailBucket, output.Key, jpeg, BackfillWorld.ThumbnailMetadata(recorded, output.Fingerprint));
                }
            }
        }

        for (var i = 0; i < Orphans; i++)
        {
            foreach (var output in planner.Plan(BackfillWorld.Sources, $"{prefix}deleted {i}.jpg"))
            {
                store.Seed(options.ThumbnailBucket, output.Key, jpeg, BackfillWorld.ThumbnailMetadata("gone", output.Fingerprint));
                OrphanKeys.Add(output.Key);
            }
        }

        return this;
    }
}
