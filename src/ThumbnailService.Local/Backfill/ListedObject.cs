namespace ThumbnailService.Local.Backfill;

/// <summary>One object of a listing: its key, its ETag (quotes stripped) and its size.</summary>
internal sealed record ListedObject(string Key, string ETag, long Size);
