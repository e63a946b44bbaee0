using System.Globalization;
using System.Text;

namespace ThumbnailService.Bench.Charts;

/// <summary>
/// A minimal SVG writer: rectangles, lines and text in user units, every text and attribute value XML-escaped, numbers
/// written with '.' whatever the culture. Enough for bar charts; no dependency.
/// </summary>
internal sealed class SvgCanvas(double width, double height)
{
    private const string Font = "font-family=\"DejaVu Sans, Verdana, sans-serif\"";
    private readonly StringBuilder _body = new();

    public double Width { get; } = width;
    public double Height { get; } = height;

    public void Rect(double x, double y, double width, double height, string fill, string? title = null)
    {
        _body.Append(Invariant($"<rect x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{Math.Max(0, width):0.#}\" height=\"{height:0.#}\" fill=\"{Escape(fill)}\""));
        _body.Append(title is null ? "/>\n" : $"><title>{Escape(title)}</title></rect>\n");
    }

    public void Line(double x1, double y1, double x2, double y2, string stroke, double strokeWidth = 1, bool dashed = false) =>
        _body.Append(Invariant($"<line x1=\"{x1:0.#}\" y1=\"{y1:0.#}\" x2=\"{x2:0.#}\" y2=\"{y2:0.#}\" stroke=\"{Escape(stroke)}\" stroke-width=\"{strokeWidth:0.#}\"{(dashed ? " stroke-dasharray=\"4 3\"" : string.Empty)}/>\n"));

    /// <param name="anchor">start, middle or end.</param>
    public void Text(double x, double y, string text, double size = 12, string anchor = "start", string fill = "#222", bool bold = false) =>
        _body.Append(Invariant($"<text x=\"{x:0.#}\" y=\"{y:0.#}\" font-size=\"{size:0.#}\" text-anchor=\"{Escape(anchor)}\" fill=\"{Escape(fill)}\" {Font}{(bold ? " font-weight=\"bold\"" : string.Empty)}>{Escape(text)}</text>\n"));

    public override string ToString() =>
        Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width:0.#}\" height=\"{Height:0.#}\" viewBox=\"0 0 {Width:0.#} {Height:0.#}\">\n")
        + Invariant($"<rect width=\"{Width:0.#}\" height=\"{Height:0.#}\" fill=\"#fff\"/>\n")
        + _body
        + "</svg>\n";

    /// <summary>XML text and attribute escaping (&amp;, &lt;, &gt;, both quotes); control characters other than tab become '?'.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&apos;",
                _ when char.IsControl(c) && c != '\t' => "?",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
