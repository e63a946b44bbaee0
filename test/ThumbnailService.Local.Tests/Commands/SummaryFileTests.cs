using System.Text.Json;
using ThumbnailService.Local.Commands.Run;

namespace ThumbnailService.Local.Tests.Commands;

public sealed class SummaryFileTests
{
    private static readonly SourceResult[] Results =
    [
        new SourceResult("photos/café.jpg", "Created", null, null, 30_254, 352.4, 1)
        {
            Outputs =
            [
                new ThumbnailOutput("large/photos/café.jpg", "large", 683, 1024, "image/jpeg", 39_295, "large/photos/café.jpg", null),
                new ThumbnailOutput("small/photos/café.jpg", "small", 256, 256, "image/jpeg", 6_190, null, "key 'x' not written: it is empty"),
            ],
            Manifest = "meta/photos/café.jpg.json",
            ManifestFile = "meta/photos/café.jpg.json",
        },
        new SourceResult("notes.jpg", "Rejected", "NotAnImage", "not a known image format", 109, 15, 1),
        new SourceResult("broken.png", "Failed", "Runtime.ExitError", "exited with 139", 10, 30_000, 3),
    ];

    [Fact]
    public void ToJson_HandBuiltResults_IsArrayOfEntriesWithOutputs()
    {
        using var document = JsonDocument.Parse(SummaryFile.ToJson(Results));
        var entries = document.RootElement.EnumerateArray().ToList();

        Assert.Equal(3, entries.Count);
        Assert.Equal(
            ["key", "outcome", "reason", "detail", "bytesIn", "durationMs", "attempts", "defined", "outputs", "manifest"],
            entries[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("photos/café.jpg", entries[0].GetProperty("key").GetString());
        Assert.Equal(JsonValueKind.Null, entries[0].GetProperty("reason").ValueKind);
        var large = entries[0].GetProperty("outputs")[0];
        Assert.Equal(
            ["key", "preset", "width", "height", "contentType", "bytes", "written", "file", "problem"],
            large.EnumerateObject().Select(p => p.Name));
        Assert.Equal((683, 1024, "image/jpeg", 39_295L), (large.GetProperty("width").GetInt32(), large.GetProperty("height").GetInt32(), large.GetProperty("contentType").GetString(), large.GetProperty("bytes").GetInt64()));
        Assert.True(large.GetProperty("written").GetBoolean());
        var small = entries[0].GetProperty("outputs")[1];
        Assert.False(small.GetProperty("written").GetBoolean());
        Assert.Equal(JsonValueKind.Null, small.GetProperty("file").ValueKind);
        Assert.Equal("NotAnImage", entries[1].GetProperty("reason").GetString());
        Assert.True(entries[1].GetProperty("defined").GetBoolean());
        Assert.Empty(entries[1].GetProperty("outputs").EnumerateArray());
        Assert.False(entries[2].GetProperty("defined").GetBoolean());
        Assert.Equal(3, entries[2].GetProperty("attempts").GetInt32());
        Assert.Equal("meta/photos/café.jpg.json", entries[0].GetProperty("manifest").GetString());
        Assert.Equal(JsonValueKind.Null, entries[1].GetProperty("manifest").ValueKind);
    }

    [Fact]
    public void ToJson_NonAsciiKey_IsWrittenUnescaped()
    {
        Assert.Contains("\"photos/café.jpg\"", SummaryFile.ToJson(Results), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Created", null, true)]
    [InlineData("AlreadyDone", null, true)]
    [InlineData("Rejected", "TooManyPixels", true)]
    [InlineData("Rejected", null, false)]
    [InlineData("Failed", "Runtime.ExitError", false)]
    [InlineData("TimedOut", null, false)]
    public void IsDefined_Outcome_MatchesExitCodeRule(string outcome, string? reason, bool defined)
    {
        Assert.Equal(defined, new SourceResult("k", outcome, reason, null, 0, null, 1).IsDefined);
    }
}
