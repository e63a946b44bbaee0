namespace ThumbnailService.Bench.Duplicate;

/// <summary>What a direct invocation answered for one source object: its <c>outcome</c> and, when present, its <c>reason</c>.</summary>
internal readonly record struct DuplicateOutcome(string Outcome, string? Reason = null)
{
    /// <summary>The first processing of a new upload's event.</summary>
    public static DuplicateOutcome Created => new("Created");

    /// <summary>A duplicate in the sandbox that finished the event: its in-process memo answers, no S3 request.</summary>
    public static DuplicateOutcome SameSandbox => new("AlreadyDone", "DuplicateEvent");

    /// <summary>A duplicate in another sandbox: the HEAD check finds every thumbnail current (no reason given).</summary>
    public static DuplicateOutcome OtherSandbox => new("AlreadyDone");

    public override string ToString() => Reason is null ? Outcome : $"{Outcome} (reason {Reason})";
}
