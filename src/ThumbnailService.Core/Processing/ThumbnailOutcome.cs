using ThumbnailService.Core.Imaging;

namespace ThumbnailService.Core.Processing;

/// <summary>How one source object ended. All of these are acknowledged; faults throw instead.</summary>
public abstract record ThumbnailOutcome
{
    private ThumbnailOutcome()
    {
    }

    /// <summary>Short stable name for logs and metrics.</summary>
    public abstract string Name { get; }

    /// <summary>Outputs were written (only those that were missing or stale).</summary>
    public sealed record Created(IReadOnlyList<WrittenOutput> Written) : ThumbnailOutcome
    {
        public override string Name => "Created";

        /// <summary>The source version the outputs were rendered from.</summary>
        public SourceVersion Version { get; init; }

        /// <summary>The key of the manifest written after the outputs; null when none was written (manifests off, or it was current).</summary>
        public string? Manifest { get; init; }
    }

    /// <summary>Every output already records this source version and these settings: nothing was read or written.</summary>
    public sealed record AlreadyDone : ThumbnailOutcome
    {
        public override string Name => "AlreadyDone";

        /// <summary>This process finished this very event before (a duplicate delivery): not even the outputs were read.</summary>
        public bool DuplicateEvent { get; init; }
    }

    /// <summary>The source does not exist (deleted since the event): its thumbnails are gone too.</summary>
    public sealed record SourceGone : ThumbnailOutcome
    {
        public override string Name => "SourceGone";

        /// <summary>How many thumbnails of the vanished source this run deleted (0 when there were none).</summary>
        public int Removed { get; init; }
    }

    public sealed record Skipped(SkipReason Reason) : ThumbnailOutcome
    {
        public override string Name => "Skipped";
    }

    public sealed record Rejected(RejectionReason Reason, string Detail) : ThumbnailOutcome
    {
        public override string Name => "Rejected";

        /// <summary>The source version refused, when one was read (not for decisions made from the event alone).</summary>
        public SourceVersion? Version { get; init; }
    }
}
