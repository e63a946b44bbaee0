using ThumbnailService.Local.Gallery;

namespace ThumbnailService.Local.Tests.Gallery;

public sealed class GalleryTextTests
{
    [Theory]
    [InlineData("large/a b.jpg", "./large/a%20b.jpg")]
    [InlineData("large/50% off + tax.gif", "./large/50%25%20off%20%2B%20tax.gif")]
    [InlineData("small/what?#frag.png", "./small/what%3F%23frag.png")]
    [InlineData("small/写真 é.webp", "./small/%E5%86%99%E7%9C%9F%20%C3%A9.webp")]
    [InlineData("medium/javascript:alert(1).jpg", "./medium/javascript%3Aalert%281%29.jpg")]
    [InlineData("medium/sub/<x>\".jpg", "./medium/sub/%3Cx%3E%22.jpg")]
    public void RelativeUrl_SpecialCharacters_EachSegmentPercentEncoded(string file, string expected)
    {
        Assert.Equal(expected, GalleryText.RelativeUrl(file));
    }

    [Theory]
    [InlineData("large/a b.jpg")]
    [InlineData("large/50% off + tax.gif")]
    [InlineData("small/what?#frag.png")]
    [InlineData("small/写真 é 😀.webp")]
    [InlineData("medium/%41%2F..%2Fx.jpg")]
    public void RelativeUrl_ResolvedAgainstThePage_NamesTheFileItself(string file)
    {
        var page = new Uri("file:///tmp/out/index.html");

        var resolved = new Uri(page, GalleryText.RelativeUrl(file));

        Assert.Equal("/tmp/out/" + file, Uri.UnescapeDataString(resolved.AbsolutePath));
        Assert.Equal(string.Empty, resolved.Query + resolved.Fragment);
    }

    [Theory]
    [InlineData("<b>&'\"", "&lt;b&gt;&amp;&#x27;&quot;")]
    [InlineData("café 写真", "café 写真")]
    [InlineData("tab\there", "tab\\u0009here")]
    public void Html_UserText_EncodesEveryMarkupCharacter(string text, string expected)
    {
        Assert.Equal(expected, GalleryText.Html(text));
    }
}
