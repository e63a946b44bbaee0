using ThumbnailService.Core.Imaging;

namespace ThumbnailService.Core.Options;

/// <summary>Immutable configuration of the thumbnail job, read and validated once at start-up.</summary>
public sealed record ThumbnailOptions
{
    public const long DefaultMaxSourceBytes = 50L * 1024 * 1024;
    public const string DefaultCacheControl = "public, max-age=86400";

    /// <summary>Bucket the thumbnails are written to.</summary>
    public required string ThumbnailBucket { get; init; }

    public required ImagePipelineOptions Pipeline { get; init; }

    /// <summary>Prefix of every output key: <c>{KeyPrefix}{preset}/{source key}</c>.</summary>
    public string KeyPrefix { get; init; } = string.Empty;

    public string CacheControl { get; init; } = DefaultCacheControl;

    /// <summary>Sources larger than this are refused from their size, before their body is read.</summary>
    public long MaxSourceBytes { get; init; } = DefaultMaxSourceBytes;
}
