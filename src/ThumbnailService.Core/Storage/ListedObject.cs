namespace ThumbnailService.Core.Storage;

/// <summary>One object of a listing: its key, its ETag (quotes stripped) and its size.</summary>
public sealed record ListedObject(string Key, string ETag, long Size);
