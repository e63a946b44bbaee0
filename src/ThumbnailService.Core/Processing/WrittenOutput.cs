namespace ThumbnailService.Core.Processing;

/// <summary>One thumbnail that was written.</summary>
public sealed record WrittenOutput(string Preset, string Key, int Width, int Height, string ContentType, long Bytes);
