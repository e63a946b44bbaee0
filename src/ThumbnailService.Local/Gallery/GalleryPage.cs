using System.Globalization;
using System.Text;
using ThumbnailService.Local.Commands.Run;

namespace ThumbnailService.Local.Gallery;

/// <summary>
/// <c>index.html</c> of an out folder, from the same results as <c>summary.json</c>: a summary line, then per source its
/// name, outcome and reason and each thumbnail at its true pixel size (preset, size, format, bytes), then the files that
/// got no thumbnail with their reason. Self-contained: inline style, no script, no network (its Content-Security-Policy
/// allows nothing but its own images and style), images referenced relative to the page.
/// </summary>
internal static class GalleryPage
{
    public const string FileName = "index.html";

    public static string Render(IReadOnlyList<SourceResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var html = new StringBuilder();
        html.Append(GalleryStyle.Head(SummaryLine(results)));
        html.Append(CultureInfo.InvariantCulture, $"<h1>ThumbnailService: what was made</h1>\n<p class=\"summary\">{GalleryText.Html(SummaryLine(results))}</p>\n");
        foreach (var result in results.Where(r => r.Outputs.Count > 0))
        {
            AppendSource(html, result);
        }

        AppendWithout(html, results.Where(r => r.Outputs.Count == 0).ToList());
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>"9 files: 8 Created, 1 Rejected; 24 thumbnails; 180,000 bytes in, 95,000 bytes out".</summary>
    public static string SummaryLine(IReadOnlyList<SourceResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var outcomes = results.GroupBy(r => r.Outcome, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}");
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{results.Count} file(s): {string.Join(", ", outcomes)}; {results.Sum(r => r.Outputs.Count)} thumbnail(s); "
            + $"{GalleryFormat.Bytes(results.Sum(r => r.BytesIn))} in, {GalleryFormat.Bytes(results.Sum(r => r.BytesOut))} out");
    }

    private static void AppendSource(StringBuilder html, SourceResult result)
    {
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"source\">\n<h2>{GalleryText.Html(result.Key)}</h2>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"outcome\">{Outcome(result)} &#183; {GalleryFormat.Bytes(result.BytesIn)} in &#183; {GalleryFormat.Milliseconds(result.DurationMs)}</p>\n");
        html.Append("<div class=\"thumbnails\">\n");
        foreach (var output in result.Outputs)
        {
            html.Append(GalleryFigure.Render(result.Key, output));
        }

        html.Append("</div>\n</section>\n");
    }

    private static void AppendWithout(StringBuilder html, List<SourceResult> without)
    {
        if (without.Count == 0)
        {
            return;
        }

        html.Append("<section class=\"without\">\n<h2>No thumbnails</h2>\n<table>\n<tr><th>Source</th><th>Outcome</th><th>Reason</th><th>Detail</th><th>Bytes in</th></tr>\n");
        foreach (var result in without)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"key\">{GalleryText.Html(result.Key)}</td><td>{GalleryText.Html(result.Outcome)}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td>{GalleryText.Html(result.Reason ?? "-")}</td><td>{GalleryText.Html(result.Detail ?? "-")}</td><td>{GalleryFormat.Bytes(result.BytesIn)}</td></tr>\n");
        }

        html.Append("</table>\n</section>\n");
    }

    private static string Outcome(SourceResult result)
    {
        var css = result.IsDefined ? "defined" : "undefined";
        var text = GalleryText.Html(ResultTable.OutcomeText(result));
        var detail = result.Detail is { Length: > 0 } d ? $": {GalleryText.Html(d)}" : string.Empty;
        return $"<span class=\"{css}\">{text}</span>{detail}";
    }
}
