namespace ThumbnailService.Core.Processing;

/// <summary>Why an event was acknowledged without looking at the object.</summary>
public enum SkipReason
{
    /// <summary>The key ends with '/': a console "folder", not an object to thumbnail.</summary>
    Folder,

    /// <summary>The key is one of our own thumbnails (source and thumbnail buckets are the same).</summary>
    OwnOutput,
}
