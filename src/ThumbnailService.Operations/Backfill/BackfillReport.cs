namespace ThumbnailService.Operations.Backfill;

/// <summary>The end of a backfill run: what was listed, the counts, and whether it ran to the end.</summary>
internal sealed record BackfillReport(BackfillOptions Options, BackfillInventory Inventory, BackfillTally Tally, bool Completed, TimeSpan Elapsed)
{
    /// <summary>Sources whose state was decided (all of them unless the run was stopped).</summary>
    public int Checked => Tally.Count(SourceState.UpToDate) + Tally.Count(SourceState.Missing) + Tally.Count(SourceState.Stale);
}
