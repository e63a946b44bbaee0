namespace ThumbnailService.Local.Commands.Run;

/// <summary>A file to upload: its object key (relative path, '/' separators), full path and size.</summary>
internal sealed record SourceFile(string Key, string FullPath, long Length);
