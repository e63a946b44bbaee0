using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ThumbnailService.Core.Imaging;

/// <summary>Finds whether an image actually uses transparency (any pixel with alpha below 255).</summary>
internal static class AlphaDetector
{
    public static bool UsesAlpha(Image image) => image is Image<Rgba32> rgba && AnyTranslucent(rgba);

    private static bool AnyTranslucent(Image<Rgba32> image)
    {
        bool found = false;
        image.ProcessPixelRows(accessor =>
        {
            for (int y = 0; y < accessor.Height && !found; y++)
            {
                foreach (Rgba32 pixel in accessor.GetRowSpan(y))
                {
                    if (pixel.A != byte.MaxValue)
                    {
                        found = true;
                        break;
                    }
                }
            }
        });
        return found;
    }
}
