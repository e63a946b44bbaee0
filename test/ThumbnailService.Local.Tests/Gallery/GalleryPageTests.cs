using System.Xml.Linq;
using ThumbnailService.Local.Commands.Run;
using ThumbnailService.Local.Gallery;

namespace ThumbnailService.Local.Tests.Gallery;

public sealed class GalleryPageTests
{
    private const string Hostile = "<img src=x onerror=alert(1)>.jpg";
    private const string AttributeBreaker = "\" onmouseover=\"alert(2)\" x='.png";

    [Fact]
    public void Render_HostileKeys_AppearAsTextOnlyAndNoElementOrHandlerIsInjected()
    {
        var page = Parse(GalleryPage.Render([Created(Hostile, 300, 200), Created(AttributeBreaker, 200, 200), Rejected("<svg onload=alert(3)>.jpg", "NotAnImage")]));

        Assert.Equal([Hostile, AttributeBreaker], Elements(page, "h2").Take(2).Select(h => h.Value));
        Assert.Equal("<svg onload=alert(3)>.jpg", Elements(page, "td").First().Value);
        Assert.Equal(6, Elements(page, "img").Count());
        Assert.Empty(Elements(page, "svg"));
        Assert.Empty(Elements(page, "script"));
        Assert.DoesNotContain(page.Descendants().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        var alts = Elements(page, "img").Select(i => (string?)i.Attribute("alt")).ToList();
        Assert.Contains($"large thumbnail of {AttributeBreaker}", alts);
    }

    [Fact]
    public void Render_CreatedSource_EachThumbnailAtItsTrueSizeWithPresetSizeFormatAndBytes()
    {
        var page = Parse(GalleryPage.Render([Created("photo.jpg", 1024, 683)]));

        var images = Elements(page, "img").ToList();
        Assert.Equal(["1024x683", "512x341", "256x256"], images.Select(i => $"{i.Attribute("width")?.Value}x{i.Attribute("height")?.Value}"));
        Assert.Equal(["./large/photo.jpg", "./medium/photo.jpg", "./small/photo.jpg"], images.Select(i => i.Attribute("src")?.Value));
        var captions = Elements(page, "figcaption").Select(c => c.Value).ToList();
        Assert.Equal("large 1024x683 · JPEG · 40,000 bytes", captions[0]);
        Assert.Equal("small 256x256 · JPEG · 10,000 bytes", captions[2]);
        Assert.Contains("Created", Elements(page, "p").Single(p => (string?)p.Attribute("class") == "outcome").Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_RejectedAndFailedSources_ListedWithOutcomeReasonAndDetail()
    {
        var failed = new SourceResult("broken.png", "Failed", "Runtime.ExitError", "exited with 139", 10, null, 3);

        var page = Parse(GalleryPage.Render([Created("a.jpg", 300, 200), Rejected("notes.jpg", "NotAnImage"), failed]));

        var rows = Elements(page, "tr").Skip(1).Select(r => Elements(r, "td").Select(td => td.Value).ToList()).ToList();
        Assert.Equal(["notes.jpg", "Rejected", "NotAnImage", "not a known image format", "109 bytes"], rows[0]);
        Assert.Equal(["broken.png", "Failed", "Runtime.ExitError", "exited with 139", "10 bytes"], rows[1]);
    }

    [Fact]
    public void Render_AnyResults_SummaryLineCountsOutcomesThumbnailsAndBytes()
    {
        var page = Parse(GalleryPage.Render([Created("a.jpg", 300, 200), Created("b.jpg", 300, 200), Rejected("c.jpg", "NotAnImage")]));

        Assert.Equal(
            "3 file(s): 2 Created, 1 Rejected; 6 thumbnail(s); 60,109 bytes in, 120,000 bytes out",
            Elements(page, "p").Single(p => (string?)p.Attribute("class") == "summary").Value);
    }

    [Fact]
    public void Render_AnyResults_SelfContainedWithoutScriptsOrNetworkReferences()
    {
        var html = GalleryPage.Render([Created("a.jpg", 300, 200)]);
        var page = Parse(html);

        var policy = Elements(page, "meta").Single(m => (string?)m.Attribute("http-equiv") == "Content-Security-Policy").Attribute("content")!.Value;
        Assert.StartsWith("default-src 'none';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", policy, StringComparison.Ordinal);
        Assert.Empty(Elements(page, "script").Concat(Elements(page, "link")).Concat(Elements(page, "iframe")));
        Assert.DoesNotContain("//", string.Join(' ', page.Descendants().Attributes().Where(a => a.Name.LocalName is "src" or "href").Select(a => a.Value)), StringComparison.Ordinal);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        Assert.DoesNotContain("url(", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_OutputNotWrittenOrNotAnImage_ShowsProblemOrLinkInsteadOfImg()
    {
        var source = new SourceResult("a.jpg", "Created", null, null, 100, 5, 1)
        {
            Outputs =
            [
                new ThumbnailOutput("small/a.jpg", "small", 256, 256, "image/jpeg", 1_000, null, "key 'small/a.jpg' not written: it is empty"),
                new ThumbnailOutput("meta/a.jpg.json", "meta", null, null, "application/json", 300, "meta/a.jpg.json", null),
            ],
        };

        var page = Parse(GalleryPage.Render([source]));

        Assert.Empty(Elements(page, "img"));
        Assert.Contains("it is empty", Elements(page, "figure").First().Value, StringComparison.Ordinal);
        Assert.Equal("./meta/a.jpg.json", Elements(page, "a").Single().Attribute("href")?.Value);
    }

    [Fact]
    public void Render_ControlCharacterInKey_ShownEscaped()
    {
        var page = Parse(GalleryPage.Render([Rejected("bell\u0007.jpg", "NotAnImage")]));

        Assert.Equal("bell\\u0007.jpg", Elements(page, "td").First().Value);
    }

    internal static SourceResult Created(string key, int width, int height) => new(key, "Created", null, null, 30_000, 120.4, 1)
    {
        Outputs =
        [
            new ThumbnailOutput($"large/{key}", "large", width, height, "image/jpeg", 40_000, $"large/{key}", null),
            new ThumbnailOutput($"medium/{key}", "medium", width / 2, height / 2, "image/jpeg", 10_000, $"medium/{key}", null),
            new ThumbnailOutput($"small/{key}", "small", 256, 256, "image/jpeg", 10_000, $"small/{key}", null),
        ],
    };

    private static SourceResult Rejected(string key, string reason) => new(key, "Rejected", reason, "not a known image format", 109, 3, 1);

    /// <summary>The page read as XML: it must be well-formed, so every name was escaped (a stray '&lt;' or quote would break it).</summary>
    internal static XDocument Parse(string html) => XDocument.Parse(html.Replace("<!DOCTYPE html>", string.Empty, StringComparison.Ordinal));

    internal static IEnumerable<XElement> Elements(XContainer container, string name) =>
        container.Descendants().Where(e => e.Name.LocalName == name);
}
