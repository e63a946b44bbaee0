namespace ThumbnailService.Core.Tests.TestDoubles;

internal sealed record StoredObject(byte[] Body, string ContentType, string CacheControl, IReadOnlyDictionary<string, string> Metadata, string ETag);
