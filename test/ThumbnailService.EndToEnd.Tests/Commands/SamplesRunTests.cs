using System.Text.Json;
using ThumbnailService.EndToEnd.Tests.Infrastructure;
using ThumbnailService.Local;
using ThumbnailService.Local.Commands;

namespace ThumbnailService.EndToEnd.Tests.Commands;

/// <summary>`thumbs run` on the repository's own samples/, as a newcomer's first command runs it.</summary>
public sealed class SamplesRunTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("thumbs-samples-run-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [RequiresFact("node", "make")]
    public async Task RunAsync_Samples_ElevenCreatedOneRejectedAndThePresetsOfThePhotoDiffer()
    {
        var output = Path.Combine(_directory, "out");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exitCode = await CommandDispatcher.RunAsync(
            [new RunCommand()],
            ["run", "--images", Path.Combine(RepositoryLayout.Root, "samples"), "--out", output, "--bootstrap", await BootstrapBinary.EnsureAsync()],
            new CommandConsole(stdout, stderr),
            CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(4));

        Assert.True(exitCode == 0, stderr.ToString());
        using var summary = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "summary.json")));
        var entries = summary.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("key").GetString()!);
        Assert.Equal(12, entries.Count);
        Assert.Equal(11, entries.Values.Count(e => e.GetProperty("outcome").GetString() == "Created"));
        Assert.Equal(("Rejected", "NotAnImage"), (entries["not-an-image.jpg"].GetProperty("outcome").GetString(), entries["not-an-image.jpg"].GetProperty("reason").GetString()));
        Assert.Equal(["large 1024x683 image/jpeg", "medium 512x341 image/jpeg", "small 256x256 image/jpeg"], Outputs(entries["landscape.jpg"]));
        Assert.Equal(["large 768x1024 image/jpeg", "medium 384x512 image/jpeg", "small 256x256 image/jpeg"], Outputs(entries["portrait-exif6.jpg"]));
        Assert.Equal(["large 1024x1024 image/png", "medium 512x512 image/png", "small 256x256 image/png"], Outputs(entries["sticker.png"]));
        Assert.Equal(["large 640x400 image/jpeg", "medium 512x320 image/jpeg", "small 256x256 image/jpeg"], Outputs(entries["more/bouncing ball.gif"]));
        Assert.Equal("Created", entries["phone/menu.heic"].GetProperty("outcome").GetString());
        Assert.Equal("Created", entries["phone/transparent.avif"].GetProperty("outcome").GetString());
        Assert.Equal($"Gallery: {Path.Combine(output, "index.html")}", stdout.ToString().TrimEnd().Split('\n')[^1]);
    }

    private static List<string> Outputs(JsonElement entry) =>
        entry.GetProperty("outputs").EnumerateArray()
            .Select(o => $"{o.GetProperty("preset").GetString()} {o.GetProperty("width").GetInt32()}x{o.GetProperty("height").GetInt32()} {o.GetProperty("contentType").GetString()}")
            .Order(StringComparer.Ordinal)
            .ToList();
}
