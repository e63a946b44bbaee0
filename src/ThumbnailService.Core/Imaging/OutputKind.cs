namespace ThumbnailService.Core.Imaging;

/// <summary>The encoded format of one thumbnail.</summary>
public enum OutputKind
{
    Jpeg,
    Png,
    WebP,
}
