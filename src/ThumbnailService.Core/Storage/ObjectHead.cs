namespace ThumbnailService.Core.Storage;

/// <summary>What a HEAD of an object tells: its ETag (quotes stripped), size, type and user metadata (keys without the x-amz-meta- prefix, lower case).</summary>
public sealed record ObjectHead(string ETag, long ContentLength, string? ContentType, IReadOnlyDictionary<string, string> Metadata);
