using System.Text.Json;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using ThumbnailService.EndToEnd.Tests.Infrastructure;
using ThumbnailService.Local.Commands;

namespace ThumbnailService.EndToEnd.Tests.Commands;

/// <summary>`thumbs run` through the dispatcher on a temp folder, with the real bootstrap and the local S3 host.</summary>
public sealed class RunCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("thumbs-run-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [RequiresFact("node", "make")]
    public async Task RunAsync_ThreeImages_WritesThumbnailsThatDecodeToTheReportedSizesAndMatchingSummary()
    {
        var images = Path.Combine(_directory, "images");
        var output = Path.Combine(_directory, "out");
        Write(images, "plain.jpg", Images.Jpeg(300, 150));
        Write(images, "a+b 100%.jpg", Images.Jpeg(400, 200, orientation: 6));
        Write(images, "sub/café ü.png", Images.HalfTransparentPng(200, 120));
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exitCode = await CommandDispatcher.RunAsync(
            [new RunCommand()],
            ["run", "--images", images, "--out", output, "--bootstrap", await BootstrapBinary.EnsureAsync()],
            new CommandConsole(stdout, stderr),
            CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(3));

        Assert.True(exitCode == 0, stderr.ToString());
        using var summary = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "summary.json")));
        var entries = summary.RootElement.EnumerateArray().ToList();
        Assert.Equal(["a+b 100%.jpg", "plain.jpg", "sub/café ü.png"], entries.Select(e => e.GetProperty("key").GetString()));
        foreach (var entry in entries)
        {
            Assert.Equal("Created", entry.GetProperty("outcome").GetString());
            Assert.Contains(entry.GetProperty("key").GetString()!, stdout.ToString(), StringComparison.Ordinal);
            var outputs = entry.GetProperty("outputs").EnumerateArray().ToList();
            Assert.Equal(["large", "medium", "small"], outputs.Select(o => o.GetProperty("preset").GetString()).Order(StringComparer.Ordinal));
            foreach (var thumbnail in outputs)
            {
                await AssertFileMatchesAsync(output, entry.GetProperty("key").GetString()!, thumbnail);
            }

            await AssertManifestMatchesAsync(output, entry, outputs);
        }

        var rotated = entries[0].GetProperty("outputs").EnumerateArray().Single(o => o.GetProperty("preset").GetString() == "large");
        Assert.Equal((200, 400), (rotated.GetProperty("width").GetInt32(), rotated.GetProperty("height").GetInt32()));
    }

    private static async Task AssertFileMatchesAsync(string output, string sourceKey, JsonElement thumbnail)
    {
        var key = thumbnail.GetProperty("key").GetString()!;
        Assert.Equal($"{thumbnail.GetProperty("preset").GetString()}/{sourceKey}", key);
        Assert.True(thumbnail.GetProperty("written").GetBoolean());
        Assert.Equal(key, thumbnail.GetProperty("file").GetString());
        var bytes = await File.ReadAllBytesAsync(Path.Combine(output, key));
        Assert.Equal(thumbnail.GetProperty("bytes").GetInt64(), bytes.LongLength);
        using var image = Image.Load(bytes, out IImageFormat format);
        Assert.Equal(
            (thumbnail.GetProperty("width").GetInt32(), thumbnail.GetProperty("height").GetInt32(), thumbnail.GetProperty("contentType").GetString()),
            (image.Width, image.Height, format.DefaultMimeType));
    }

    /// <summary>The source's manifest sits under OUT at meta/{key}.json and lists exactly the files beside it.</summary>
    private static async Task AssertManifestMatchesAsync(string output, JsonElement entry, List<JsonElement> outputs)
    {
        var key = entry.GetProperty("key").GetString()!;
        Assert.Equal($"meta/{key}.json", entry.GetProperty("manifest").GetString());
        using var manifest = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(output, "meta", key + ".json")));
        var root = manifest.RootElement;
        Assert.Equal(key, root.GetProperty("source").GetProperty("key").GetString());
        Assert.Equal(entry.GetProperty("bytesIn").GetInt64(), root.GetProperty("source").GetProperty("bytes").GetInt64());
        Assert.Equal(key.EndsWith(".png", StringComparison.Ordinal), root.GetProperty("source").GetProperty("hasAlpha").GetBoolean());
        var listed = root.GetProperty("thumbnails").EnumerateArray()
            .Select(t => (t.GetProperty("key").GetString(), t.GetProperty("width").GetInt32(), t.GetProperty("height").GetInt32(), t.GetProperty("bytes").GetInt64()));
        var stored = outputs.Select(o => (o.GetProperty("key").GetString(), o.GetProperty("width").GetInt32(), o.GetProperty("height").GetInt32(), o.GetProperty("bytes").GetInt64()));
        Assert.Equal(stored.Order(), listed.Order());
    }

    private static void Write(string root, string relative, byte[] bytes)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }
}
