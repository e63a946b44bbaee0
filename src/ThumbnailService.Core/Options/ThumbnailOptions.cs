using ThumbnailService.Core.Imaging;

namespace ThumbnailService.Core.Options;

/// <summary>Immutable configuration of the thumbnail job, read and validated once at start-up.</summary>
public sealed record ThumbnailOptions
{
    public const long DefaultMaxSourceBytes = OptionDefaults.MaxSourceBytes;
    public const string DefaultCacheControl = OptionDefaults.CacheControl;

    /// <summary>Bucket the thumbnails are written to.</summary>
    public required string ThumbnailBucket { get; init; }

    public required ImagePipelineOptions Pipeline { get; init; }

    /// <summary>Prefix of every output key: <c>{KeyPrefix}{preset}/{source key}</c>.</summary>
    public string KeyPrefix { get; init; } = string.Empty;

    public string CacheControl { get; init; } = DefaultCacheControl;

    /// <summary>
    /// The buckets whose objects get thumbnails; empty accepts any bucket. With more than one, every output key names
    /// its source bucket (<c>{KeyPrefix}{preset}/{bucket}/{key}</c>), so one key in two buckets never shares a thumbnail.
    /// </summary>
    public IReadOnlyList<string> SourceBuckets { get; init; } = [];

    /// <summary>
    /// Folder of the per-source manifest, under <see cref="KeyPrefix"/>; empty (the default of this record) writes none.
    /// The environment's default is <see cref="OptionDefaults.ManifestPrefix"/> (<see cref="ThumbnailOptionsParser"/>).
    /// </summary>
    public string ManifestPrefix { get; init; } = string.Empty;

    /// <summary>Sources larger than this are refused from their size, before their body is read.</summary>
    public long MaxSourceBytes { get; init; } = DefaultMaxSourceBytes;
}
