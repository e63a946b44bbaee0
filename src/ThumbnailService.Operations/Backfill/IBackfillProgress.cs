namespace ThumbnailService.Operations.Backfill;

/// <summary>What a backfill tells its progress display. Called from several threads at once.</summary>
internal interface IBackfillProgress
{
    /// <summary>A listing is under way: <paramref name="count"/> objects so far under <paramref name="what"/>.</summary>
    void Listing(string what, int count);

    /// <summary>A phase with a known number of items starts (the previous one, if any, is over).</summary>
    void Begin(string phase, int total);

    /// <summary>One item of the current phase is done.</summary>
    void Advance();
}
