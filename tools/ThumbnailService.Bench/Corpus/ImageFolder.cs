using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ThumbnailService.Bench.Corpus;

/// <summary>The images of a <c>--images</c> folder (top level, by extension; HEIC/HEIF/AVIF too), with alpha read from their headers.</summary>
internal static class ImageFolder
{
    private static readonly string[] Extensions = [".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp", .. HeifFiles.Extensions];

    public static IReadOnlyList<BenchImage> List(string folder) =>
        Directory.EnumerateFiles(folder)
            .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Order(StringComparer.Ordinal)
            .Select(f => new BenchImage(Path.GetFileName(f), Path.GetFullPath(f), HasAlpha(f)))
            .ToArray();

    private static bool HasAlpha(string path)
    {
        if (HeifFiles.IsHeif(path))
        {
            return HeifFiles.HasAlpha(path); // ImageSharp 2.1 cannot identify HEIF
        }

        var info = Image.Identify(path);
        return info?.PixelType?.AlphaRepresentation is { } alpha && alpha != PixelAlphaRepresentation.None;
    }
}
