using System.Text.Encodings.Web;
using System.Text.Unicode;
using ThumbnailService.Local.Commands.Run;

namespace ThumbnailService.Local.Gallery;

/// <summary>
/// Turns user input (object keys, reasons, details) into HTML text or attribute values, and a file under the out folder
/// into a relative URL. Keys are untrusted: every character HTML gives a meaning to is encoded, in text and in quoted
/// attributes alike, and control characters are shown as <c>\uXXXX</c> first.
/// </summary>
internal static class GalleryText
{
    // Encodes &, <, >, ', ", + and anything outside the allowed ranges; keeps é and 写真 readable in the page source.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Safe inside element content and inside a double- or single-quoted attribute value.</summary>
    public static string Html(string? text) => text is null ? string.Empty : Encoder.Encode(OutputFolder.Printable(text));

    /// <summary>
    /// A relative URL for <paramref name="relativeFile"/> ('/'-separated, under the folder the page is in): each segment
    /// percent-encoded as UTF-8 (so ' ', '#', '?', '%', '+', ':' and non-ASCII reach the file system unchanged), prefixed
    /// with <c>./</c> so that no first segment can be read as a URL scheme.
    /// </summary>
    public static string RelativeUrl(string relativeFile)
    {
        ArgumentNullException.ThrowIfNull(relativeFile);
        return "./" + string.Join('/', relativeFile.Split('/').Select(Uri.EscapeDataString));
    }
}
