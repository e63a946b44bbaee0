namespace ThumbnailService.Core.Storage;

/// <summary>What a HEAD of an object tells: its ETag (quotes stripped), size, type and user metadata (keys without the x-amz-meta- prefix, lower case).</summary>
public sealed record ObjectHead(string ETag, long ContentLength, string? ContentType, IReadOnlyDictionary<string, string> Metadata)
{
    /// <summary>The version id of a versioned bucket's object; null when the bucket is not versioned.</summary>
    public string? VersionId { get; init; }
}
