namespace ThumbnailService.Core.Processing;

/// <summary>The outcome of one source object with the figures of its processing.</summary>
public sealed record ThumbnailResult(SourceObject Source, ThumbnailOutcome Outcome, ProcessingMetrics Metrics);
