using System.Globalization;
using ThumbnailService.Local.Commands.Run;

namespace ThumbnailService.Local.Gallery;

/// <summary>
/// One output of a source: an image thumbnail as an <c>&lt;img&gt;</c> at its true pixel size, captioned with preset,
/// size, format and bytes; an output that is not an image as a link; an output that was not written with its problem.
/// </summary>
internal static class GalleryFigure
{
    public static string Render(string sourceKey, ThumbnailOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var caption = string.Create(
            CultureInfo.InvariantCulture,
            $"<figcaption><b>{GalleryText.Html(output.Preset)}</b> {GalleryText.Html(output.Size)} &#183; {GalleryText.Html(GalleryFormat.Format(output.ContentType))} &#183; {GalleryFormat.Bytes(output.Bytes)}</figcaption>");
        if (output.File is not { } file)
        {
            return $"<figure class=\"missing\"><p>{GalleryText.Html(output.Problem ?? "not written")}</p>{caption}</figure>\n";
        }

        var url = GalleryText.Html(GalleryText.RelativeUrl(file));
        if (!GalleryFormat.IsImage(output.ContentType))
        {
            return $"<figure class=\"other\"><a href=\"{url}\">{GalleryText.Html(output.Key)}</a>{caption}</figure>\n";
        }

        var size = output.Width is { } width && output.Height is { } height
            ? string.Create(CultureInfo.InvariantCulture, $" width=\"{width}\" height=\"{height}\"")
            : string.Empty;
        var alt = GalleryText.Html($"{output.Preset} thumbnail of {sourceKey}");
        return $"<figure><img src=\"{url}\"{size} alt=\"{alt}\" title=\"{GalleryText.Html(output.Key)}\" />{caption}</figure>\n";
    }
}
