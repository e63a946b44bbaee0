namespace ThumbnailService.Operations.Tests.Backfill.TestDoubles;

internal sealed record StoredObject(byte[] Body, string ETag, string ContentType, IReadOnlyDictionary<string, string> Metadata);
