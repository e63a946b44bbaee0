namespace ThumbnailService.Operations.Backfill;

/// <summary>What one backfill run does: which sources, whether it writes, how many sources at a time.</summary>
internal sealed record BackfillOptions
{
    public const int DefaultConcurrency = 4;

    public required string SourceBucket { get; init; }

    /// <summary>Only source keys starting with this (and their thumbnails) are looked at.</summary>
    public string Prefix { get; init; } = string.Empty;

    /// <summary>Classify and report only: no GET of sources, no PUT, no DELETE.</summary>
    public bool DryRun { get; init; }

    /// <summary>Delete thumbnails whose source no longer exists (ignored in a dry run).</summary>
    public bool DeleteOrphans { get; init; }

    /// <summary>Sources (or orphans) handled at the same time.</summary>
    public int Concurrency { get; init; } = DefaultConcurrency;

    /// <summary>After Ctrl-C, how long in-flight items may take to finish before they are abandoned.</summary>
    public TimeSpan StopGracePeriod { get; init; } = TimeSpan.FromSeconds(15);
}
