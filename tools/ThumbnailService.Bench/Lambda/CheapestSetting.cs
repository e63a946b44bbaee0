namespace ThumbnailService.Bench.Lambda;

/// <summary>The cheapest memory setting per 1,000 sources among those where every source rendered within the memory.</summary>
internal static class CheapestSetting
{
    /// <summary>Lowest USD per 1,000 sources in <paramref name="mode"/>; a tie goes to the faster, then the smaller setting; null when none qualifies.</summary>
    public static LambdaRow? Choose(IEnumerable<LambdaRow> rows, LambdaMode mode)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows
            .Where(r => r.Fits && double.IsFinite(r.Cost(mode).UsdPerThousand))
            .OrderBy(r => Math.Round(r.Cost(mode).UsdPerThousand, 6))
            .ThenBy(r => r.Cost(mode).MeanMs)
            .ThenBy(r => r.MemoryMb)
            .FirstOrDefault();
    }
}
