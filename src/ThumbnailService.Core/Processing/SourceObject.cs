namespace ThumbnailService.Core.Processing;

/// <summary>
/// The normalised reference to one source object, whatever route its event came by. The key is already decoded.
/// <paramref name="VersionId"/> is the version the event was about (versioned buckets only).
/// </summary>
public sealed record SourceObject(string Bucket, string Key, string? ETag = null, string? Sequencer = null, long? Size = null, string? VersionId = null);
