namespace ThumbnailService.Core.Storage;

/// <summary>One object to write, with its exact Content-Type, Cache-Control and ASCII user metadata.</summary>
public sealed record ObjectUpload(
    string Bucket,
    string Key,
    ReadOnlyMemory<byte> Body,
    string ContentType,
    string CacheControl,
    IReadOnlyDictionary<string, string> Metadata);
