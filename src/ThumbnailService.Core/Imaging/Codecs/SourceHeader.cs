using SixLabors.ImageSharp.Metadata;

namespace ThumbnailService.Core.Imaging.Codecs;

/// <summary>A source's header: its stored width and height (before any orientation) and the metadata read with them (EXIF, ICC).</summary>
public sealed record SourceHeader(int Width, int Height, ImageMetadata Metadata);
