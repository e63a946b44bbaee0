using ThumbnailService.Local.Commands.Run;

namespace ThumbnailService.Local.Gallery;

/// <summary>Writes <c>index.html</c> into an out folder (beside the thumbnails it shows) and returns its full path.</summary>
internal static class GalleryFile
{
    public static async Task<string> WriteAsync(string outDirectory, IReadOnlyList<SourceResult> results, CancellationToken cancellationToken)
    {
        var path = Path.Combine(outDirectory, GalleryPage.FileName);
        var partial = path + ".partial";
        await File.WriteAllTextAsync(partial, GalleryPage.Render(results), cancellationToken);
        File.Move(partial, path, overwrite: true);
        return path;
    }
}
