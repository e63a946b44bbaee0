using System.Text;
using System.Text.Json;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.EndToEnd.Tests.Infrastructure;
using ThumbnailService.Local.Commands;
using ThumbnailService.TestSupport.Browser;

namespace ThumbnailService.EndToEnd.Tests.Commands;

/// <summary>
/// The gallery of a small `thumbs run` with hostile names, looked at as a person would: opened in headless Chromium
/// from the file system, every thumbnail loaded at its reported size and visible in a screenshot, no name executed.
/// </summary>
public sealed class RunGalleryTests : IDisposable
{
    private const string HostileJpeg = "<img src=x onerror=\"document.title='pwned'\">.jpg";
    private const string QuotedPng = "sub/写真 50% #1? \"q\" 's'.png";
    private const string HostileText = "<svg onload=alert(2)>.jpg";
    private readonly string _directory = Directory.CreateTempSubdirectory("thumbs-gallery-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [RequiresFact("node", "make", HeadlessChromium.Executable)]
    public async Task RunAsync_HostileNames_GalleryShowsEveryThumbnailInChromiumAndRunsNoName()
    {
        var (output, lastLine) = await RunAsync();
        var page = Path.Combine(output, "index.html");
        Assert.Equal($"Gallery: {page}", lastLine);
        var expected = await ExpectedImagesAsync(output);
        Assert.Equal(6, expected.Count);

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using var browser = await HeadlessChromium.StartAsync(1280, 1600, timeout.Token);
        await browser.OpenAsync(new Uri(page), timeout.Token);

        var images = (await browser.EvaluateAsync(
            "Array.from(document.images, i => { const r = i.getBoundingClientRect(); "
            + "return { src: decodeURIComponent(i.getAttribute('src')), complete: i.complete, natural: i.naturalWidth + 'x' + i.naturalHeight, "
            + "shown: Math.round(r.width) + 'x' + Math.round(r.height), x: r.left, y: r.top }; })",
            timeout.Token)).EnumerateArray().ToList();
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), images.Select(i => i.GetProperty("src").GetString()!).Order(StringComparer.Ordinal));
        foreach (var image in images)
        {
            var src = image.GetProperty("src").GetString()!;
            Assert.True(image.GetProperty("complete").GetBoolean(), src);
            Assert.Equal(expected[src], image.GetProperty("natural").GetString()); // loaded: naturalWidth > 0, the real pixels
            Assert.Equal(expected[src], image.GetProperty("shown").GetString());   // shown at its true size
        }

        Assert.Equal(
            [HostileJpeg, QuotedPng],
            (await browser.EvaluateAsync("Array.from(document.querySelectorAll('h2'), h => h.textContent)", timeout.Token)).EnumerateArray().Select(e => e.GetString()).Take(2));
        Assert.Contains(HostileText, (await browser.EvaluateAsync("document.body.innerText", timeout.Token)).GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await browser.EvaluateAsync("document.querySelectorAll('script, svg, iframe, [onerror], [onload]').length", timeout.Token)).GetInt32());
        Assert.DoesNotContain("pwned", (await browser.EvaluateAsync("document.title", timeout.Token)).GetString(), StringComparison.Ordinal);
        Assert.Empty(browser.Dialogs);

        using var screenshot = Image.Load<Rgba32>(await browser.ScreenshotAsync(timeout.Token));
        AssertNotBlank(screenshot);
        var first = images.Single(i => i.GetProperty("src").GetString() == $"./large/{HostileJpeg}");
        AssertShowsRedThenBlue(screenshot, first.GetProperty("x").GetDouble(), first.GetProperty("y").GetDouble(), 300, 150);
    }

    private async Task<(string Output, string LastLine)> RunAsync()
    {
        var images = Path.Combine(_directory, "images");
        var output = Path.Combine(_directory, "out");
        Write(images, HostileJpeg, Images.Jpeg(300, 150));
        Write(images, QuotedPng, Images.HalfTransparentPng(400, 300));
        Write(images, HostileText, Encoding.UTF8.GetBytes("<svg onload=alert(2)>not an image</svg>"));
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exitCode = await CommandDispatcher.RunAsync(
            [new RunCommand()],
            ["run", "--images", images, "--out", output, "--bootstrap", await BootstrapBinary.EnsureAsync()],
            new CommandConsole(stdout, stderr),
            CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(3));

        Assert.True(exitCode == 0, stderr.ToString());
        return (output, stdout.ToString().TrimEnd().Split('\n')[^1]);
    }

    /// <summary>From summary.json: each image's relative src (decoded) and "WxH".</summary>
    private static async Task<Dictionary<string, string>> ExpectedImagesAsync(string output)
    {
        using var summary = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "summary.json")));
        return summary.RootElement.EnumerateArray()
            .SelectMany(entry => entry.GetProperty("outputs").EnumerateArray())
            .ToDictionary(o => "./" + o.GetProperty("file").GetString(), o => $"{o.GetProperty("width").GetInt32()}x{o.GetProperty("height").GetInt32()}");
    }

    private static void AssertNotBlank(Image<Rgba32> screenshot)
    {
        var colours = new HashSet<Rgba32>();
        screenshot.ProcessPixelRows(rows =>
        {
            for (int y = 0; y < rows.Height; y += 4)
            {
                foreach (var pixel in rows.GetRowSpan(y))
                {
                    colours.Add(pixel);
                }
            }
        });
        Assert.True(colours.Count > 20, $"the screenshot has only {colours.Count} colours: blank?");
    }

    /// <summary>The 300x150 thumbnail of the red|blue JPEG, where the page says it is.</summary>
    private static void AssertShowsRedThenBlue(Image<Rgba32> screenshot, double left, double top, int width, int height)
    {
        var red = screenshot[(int)(left + (width / 4)), (int)(top + (height / 2))];
        var blue = screenshot[(int)(left + (3 * width / 4)), (int)(top + (height / 2))];
        Assert.True(red.R > 200 && red.G < 60 && red.B < 60, $"expected red at the thumbnail's left half, saw {red}");
        Assert.True(blue.B > 200 && blue.R < 60 && blue.G < 60, $"expected blue at the thumbnail's right half, saw {blue}");
    }

    private static void Write(string root, string relative, byte[] bytes)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }
}
