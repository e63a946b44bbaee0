namespace ThumbnailService.Core.Imaging;

/// <summary>The encoded format of one thumbnail.</summary>
internal enum OutputKind
{
    Jpeg,
    Png,
    WebP,
}
