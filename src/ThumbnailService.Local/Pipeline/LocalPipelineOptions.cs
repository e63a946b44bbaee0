namespace ThumbnailService.Local.Pipeline;

/// <summary>How to run the function set on one machine.</summary>
internal sealed record LocalPipelineOptions
{
    public const string DefaultSourceBucket = "uploads";
    public const string DefaultThumbnailBucket = "thumbnails";

    /// <summary>The published <c>bootstrap</c> (Native AOT) both functions run.</summary>
    public required string BootstrapPath { get; init; }

    public string SourceBucket { get; init; } = DefaultSourceBucket;

    public string ThumbnailBucket { get; init; } = DefaultThumbnailBucket;

    /// <summary>Port of the local S3 endpoint; 0 picks a free one.</summary>
    public int S3Port { get; init; }

    /// <summary>Extra function environment (THUMBNAIL_PRESETS, ...); wins over the defaults.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    public int MemorySizeMb { get; init; } = 1024;

    /// <summary>Retries after a function error, as Lambda does for asynchronous invocations (default 2).</summary>
    public int MaximumRetryAttempts { get; init; } = 2;

    /// <summary>Pause before each retry (Lambda waits about a minute, then two; locally much shorter).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Receives the functions' log lines and the platform's START/END/REPORT lines; null discards them.</summary>
    public TextWriter? FunctionLog { get; init; }

    /// <summary>Receives the S3 host's request log lines; null discards them.</summary>
    public Action<string>? S3Log { get; init; }
}
