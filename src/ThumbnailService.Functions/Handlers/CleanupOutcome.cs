namespace ThumbnailService.Functions.Handlers;

/// <summary>How the cleanup of one removed source ended (the <c>outcome</c> of its log line and summary).</summary>
internal enum CleanupOutcome
{
    /// <summary>Not an ObjectRemoved event (Batch Operations tasks arrive as Created): nothing to do.</summary>
    Ignored,

    /// <summary>The source is gone (deleted, or a delete marker is its current version): its thumbnails were deleted.</summary>
    Deleted,

    /// <summary>The source exists (re-uploaded, or only a noncurrent version was deleted) and its thumbnails are current: kept.</summary>
    SourceExists,

    /// <summary>The source exists but its thumbnails were missing or stale (a re-upload raced the delete): they were made again.</summary>
    Repaired,

    /// <summary>A folder key or one of our own outputs: not a source.</summary>
    Skipped,
}
