namespace ThumbnailService.Bench.Peers;

/// <summary>One contender of the bench. Each run must start from the file on disk (no caching between runs).</summary>
internal interface IBenchTool : IAsyncDisposable
{
    string Name { get; }

    /// <summary>How it chains the preset set, for the table's footnote.</summary>
    string Note { get; }

    Task<Measurement> RunAsync(BenchJob job, CancellationToken cancellationToken);
}
