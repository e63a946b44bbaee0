namespace ThumbnailService.Local.Gallery;

/// <summary>
/// The page's head: charset, a Content-Security-Policy that allows no script, no fetch, no font and no frame (only the
/// page's own images and its inline style), and the inline style sheet. Thumbnails are never scaled by CSS. The whole
/// page is also well-formed XML (void elements closed with <c>/&gt;</c>, numeric character references only), so tests
/// can read it with an XML parser.
/// </summary>
internal static class GalleryStyle
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

    public static string Head(string title) => $$"""
        <!DOCTYPE html>
        <html lang="en" xmlns="http://www.w3.org/1999/xhtml">
        <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="{{ContentSecurityPolicy}}" />
        <meta name="referrer" content="no-referrer" />
        <title>{{GalleryText.Html("thumbs: " + title)}}</title>
        <style>
        body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #222; background: #f4f4f4; }
        h1 { font-size: 1.4em; margin: 0 0 .2em; }
        h2 { font-size: 1.1em; margin: 0 0 .2em; overflow-wrap: anywhere; }
        .summary { font-weight: bold; }
        section { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 1em; margin: 1em 0; }
        .outcome { margin: 0 0 .8em; color: #555; }
        .defined { color: #17702a; font-weight: bold; }
        .undefined { color: #b00020; font-weight: bold; }
        .thumbnails { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 1em; overflow-x: auto; }
        figure { margin: 0; }
        /* true size: never scaled; a checkerboard shows transparency */
        img { display: block; max-width: none; height: auto; outline: 1px solid #ccc;
              background: repeating-conic-gradient(#ddd 0 25%, #fff 0 50%) 0 0 / 16px 16px; }
        figcaption { color: #555; font-size: .9em; margin-top: .3em; }
        .missing p { color: #b00020; }
        table { border-collapse: collapse; }
        th, td { text-align: left; padding: .3em .8em .3em 0; vertical-align: top; }
        .key { overflow-wrap: anywhere; font-weight: bold; }
        </style>
        </head>
        <body>

        """;
}
