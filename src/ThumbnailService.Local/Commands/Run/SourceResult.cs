namespace ThumbnailService.Local.Commands.Run;

/// <summary>What became of one uploaded file.</summary>
/// <param name="Outcome">The function's outcome (Created, AlreadyDone, SourceGone, Skipped, Rejected), or Failed / TimedOut / NoResult.</param>
/// <param name="DurationMs">The final attempt's invocation duration; null when no invocation completed.</param>
internal sealed record SourceResult(string Key, string Outcome, string? Reason, string? Detail, long BytesIn, double? DurationMs, int Attempts)
{
    private static readonly HashSet<string> DefinedOutcomes = new(StringComparer.Ordinal) { "Created", "AlreadyDone", "SourceGone", "Skipped", "Rejected" };

    public IReadOnlyList<ThumbnailOutput> Outputs { get; init; } = [];

    /// <summary>The manifest key the function reported writing (the source's "ready" signal); null when it wrote none.</summary>
    public string? Manifest { get; init; }

    /// <summary>Where the manifest was written in the out folder (relative, '/' separators); null when not written.</summary>
    public string? ManifestFile { get; init; }

    /// <summary>The function decided (a rejection must name its reason); failures after retries and timeouts are not defined.</summary>
    public bool IsDefined => DefinedOutcomes.Contains(Outcome) && (Outcome != "Rejected" || !string.IsNullOrEmpty(Reason));

    public long BytesOut => Outputs.Sum(o => o.Bytes);
}
