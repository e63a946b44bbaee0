namespace ThumbnailService.Local.Commands.Run;

/// <summary>One thumbnail object as read back from the thumbnail bucket, and where (if at all) it was written.</summary>
/// <param name="File">Path relative to the out folder, with '/' separators; null when not written.</param>
/// <param name="Problem">Why it was not written; null when written.</param>
internal sealed record ThumbnailOutput(string Key, string Preset, int? Width, int? Height, string ContentType, long Bytes, string? File, string? Problem)
{
    public bool Written => File is not null;

    public string Size => Width is { } width && Height is { } height ? $"{width}x{height}" : "?x?";
}
