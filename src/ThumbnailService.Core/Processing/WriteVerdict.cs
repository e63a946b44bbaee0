namespace ThumbnailService.Core.Processing;

/// <summary>What the source looks like right after its thumbnails were written.</summary>
internal enum WriteVerdict
{
    /// <summary>Still the version that was rendered: the outputs are right.</summary>
    Current,

    /// <summary>Overwritten meanwhile: the outputs may be older than the source and must be redone.</summary>
    SourceChanged,

    /// <summary>Deleted meanwhile: the outputs just written were removed again.</summary>
    SourceGone,
}
