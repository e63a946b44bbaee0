namespace ThumbnailService.Core.Processing;

/// <summary>Figures of one source's processing, for the summary log line and metrics.</summary>
public sealed class ProcessingMetrics
{
    public long BytesIn { get; set; }
    public long BytesOut { get; set; }
    public int SourceWidth { get; set; }
    public int SourceHeight { get; set; }
    public string? SourceFormat { get; set; }
    public int Gets { get; set; }
    public int Puts { get; set; }
    public int Heads { get; set; }

    /// <summary>Milliseconds per stage, in the order the stages ran (check, download, render, upload).</summary>
    public IDictionary<string, double> StageMilliseconds { get; } = new Dictionary<string, double>(StringComparer.Ordinal);
}
