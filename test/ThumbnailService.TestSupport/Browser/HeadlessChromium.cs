using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ThumbnailService.TestSupport.Browser;

/// <summary>
/// Debian's <c>chromium</c> started headless (no GPU, no sandbox, a throwaway profile, remote debugging on a free
/// loopback port), driven over the DevTools protocol: open a page, wait for its load event, evaluate an expression,
/// take a screenshot, and see any JavaScript dialog the page opened. Every step has a timeout; dispose kills the browser.
/// Tests that use it carry <c>[RequiresFact("chromium")]</c>.
/// </summary>
internal sealed partial class HeadlessChromium : IAsyncDisposable
{
    public const string Executable = "chromium";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly string _profile;
    private DevToolsConnection? _page;

    private HeadlessChromium(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    /// <summary>Messages of the alert/confirm/prompt dialogs the page opened (a page that runs no script opens none).</summary>
    public IReadOnlyList<string> Dialogs => _page?.Events("Page.javascriptDialogOpening").Select(e => e.GetProperty("message").GetString() ?? string.Empty).ToList() ?? [];

    public static async Task<HeadlessChromium> StartAsync(int width, int height, CancellationToken cancellationToken)
    {
        var profile = Directory.CreateTempSubdirectory("thumbs-chromium-").FullName;
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
            "--disable-background-networking", "--disable-sync", "--hide-scrollbars", "--force-device-scale-factor=1",
            $"--window-size={width},{height}", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
            $"--user-data-dir={profile}", "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {Executable}");
        var browser = new HeadlessChromium(process, profile);
        try
        {
            _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null, CancellationToken.None);
            var port = await ReadDevToolsPortAsync(process, cancellationToken).WaitAsync(StartTimeout, cancellationToken);
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var targets = await http.GetFromJsonAsync<JsonElement>($"http://127.0.0.1:{port}/json/list", cancellationToken);
            var page = targets.EnumerateArray().First(t => t.GetProperty("type").GetString() == "page");
            browser._page = await DevToolsConnection.ConnectAsync(new Uri(page.GetProperty("webSocketDebuggerUrl").GetString()!), cancellationToken);
            await browser._page.CallAsync("Page.enable", null, cancellationToken);
            return browser;
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
    }

    /// <summary>Navigates to <paramref name="url"/> and waits for its load event (every image loaded or failed).</summary>
    public async Task OpenAsync(Uri url, CancellationToken cancellationToken)
    {
        var page = Page;
        var loaded = page.WaitForEventAsync("Page.loadEventFired", cancellationToken);
        await page.CallAsync("Page.navigate", new { url = url.AbsoluteUri }, cancellationToken);
        await loaded.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
    }

    /// <summary>The value of a JavaScript expression evaluated in the page (DevTools evaluation, not subject to the page's CSP).</summary>
    public async Task<JsonElement> EvaluateAsync(string expression, CancellationToken cancellationToken)
    {
        var reply = await Page.CallAsync("Runtime.evaluate", new { expression, returnByValue = true }, cancellationToken);
        if (reply.TryGetProperty("exceptionDetails", out var error))
        {
            throw new InvalidOperationException($"evaluating '{expression}' threw: {error}");
        }

        return reply.GetProperty("result").GetProperty("value").Clone();
    }

    /// <summary>A PNG of the viewport.</summary>
    public async Task<byte[]> ScreenshotAsync(CancellationToken cancellationToken)
    {
        var reply = await Page.CallAsync("Page.captureScreenshot", new { format = "png" }, cancellationToken);
        return Convert.FromBase64String(reply.GetProperty("data").GetString()!);
    }

    public async ValueTask DisposeAsync()
    {
        if (_page is not null)
        {
            await _page.DisposeAsync();
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // A crash handler may still hold a file for a moment; the temp folder is cleaned up by the system.
        }
    }

    private DevToolsConnection Page => _page ?? throw new InvalidOperationException("the browser has no page");

    private static async Task<int> ReadDevToolsPortAsync(Process process, CancellationToken cancellationToken)
    {
        var seen = new List<string>();
        while (await process.StandardError.ReadLineAsync(cancellationToken) is { } line)
        {
            var match = DevToolsListening().Match(line);
            if (match.Success)
            {
                // Keep draining stderr so the browser never blocks on a full pipe.
                _ = process.StandardError.BaseStream.CopyToAsync(Stream.Null, CancellationToken.None);
                return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            }

            seen.Add(line);
        }

        throw new InvalidOperationException($"{Executable} exited before listening for DevTools: {string.Join('\n', seen.TakeLast(10))}");
    }

    [GeneratedRegex(@"DevTools listening on ws://127\.0\.0\.1:(\d+)/")]
    private static partial Regex DevToolsListening();
}
