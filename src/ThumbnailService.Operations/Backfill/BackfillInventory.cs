using ThumbnailService.Core.Storage;

namespace ThumbnailService.Operations.Backfill;

/// <summary>
/// What the listings found: the sources to look at, every listed thumbnail key (of the current presets, under the prefix),
/// thumbnails whose source key is not among the listed objects (orphans), and how many listed keys were skipped
/// (folder markers, and our own thumbnails when both buckets are the same).
/// </summary>
internal sealed record BackfillInventory(
    IReadOnlyList<ListedObject> Sources,
    IReadOnlySet<string> Thumbnails,
    IReadOnlyList<string> Orphans,
    int Skipped);
