namespace ThumbnailService.TestSupport.Storage;

/// <summary>One stored object version; <paramref name="VersionId"/> is null in an unversioned bucket.</summary>
internal sealed record StoredObject(byte[] Body, string ContentType, string CacheControl, IReadOnlyDictionary<string, string> Metadata, string ETag, string? VersionId = null);
