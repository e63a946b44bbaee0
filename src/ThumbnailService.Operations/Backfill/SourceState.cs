namespace ThumbnailService.Operations.Backfill;

/// <summary>What a source's thumbnails look like before the backfill touches them.</summary>
internal enum SourceState
{
    /// <summary>Every planned thumbnail records this source's ETag and the current preset fingerprint.</summary>
    UpToDate,

    /// <summary>At least one planned thumbnail does not exist.</summary>
    Missing,

    /// <summary>All exist, but at least one records another source ETag or preset fingerprint.</summary>
    Stale,
}
