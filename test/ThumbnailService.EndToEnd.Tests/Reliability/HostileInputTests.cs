using System.Text.Json;
using ThumbnailService.EndToEnd.Tests.Infrastructure;
using ThumbnailService.EndToEnd.Tests.Reliability.Corpus;
using ThumbnailService.Local.Emulator;
using Xunit.Abstractions;

namespace ThumbnailService.EndToEnd.Tests.Reliability;

/// <summary>
/// Each hostile upload ends in a defined outcome and reason, acknowledged on the first attempt, within the memory size, and the
/// same bootstrap process answers the next invocation. EXIF orientations 1-8 are checked by pixels in Thumbnails/ImageContentTests.
/// </summary>
public sealed class HostileInputTests(HostileInputFixture fixture, ITestOutputHelper output) : IClassFixture<HostileInputFixture>
{
    public static TheoryData<string> Samples => HostileCorpus.Names;

    [RequiresTheory("node", "make")]
    [MemberData(nameof(Samples))]
    public async Task Upload_HostileFile_DefinedOutcomeAndProcessSurvives(string name)
    {
        var sample = HostileCorpus.Get(name);
        var key = $"hostile/{sample.Name}/{sample.FileName}";

        var routed = await fixture.UploadAndWaitAsync(key, sample.Body);

        Assert.True(routed.Result.Succeeded, routed.Result.ErrorMessage);
        Assert.Equal(1, routed.Attempts);
        using var response = JsonDocument.Parse(routed.Result.Payload.ToArray());
        var result = response.RootElement.GetProperty("results")[0];
        Assert.Equal(sample.Outcome, result.GetProperty("outcome").GetString());
        Assert.Equal(sample.Reason, result.TryGetProperty("reason", out var reason) ? reason.GetString() : null);
        output.WriteLine($"FIGURE {name} | {result.GetProperty("outcome").GetString()} | {(result.TryGetProperty("reason", out var r) ? r.GetString() : "")} | {routed.Result.MaxMemoryUsedMb} MB | {routed.Result.Duration.TotalMilliseconds:0} ms");
        Assert.InRange(routed.Result.MaxMemoryUsedMb, 1, ReliabilityFixture.MemorySizeMb);
        var process = fixture.Pipeline.Thumbnail.FunctionProcessId;
        var next = await fixture.Pipeline.Thumbnail.InvokeAsync(Payloads.TestEvent);
        Assert.Equal(InvocationStatus.Succeeded, next.Status);
        Assert.Equal(process, fixture.Pipeline.Thumbnail.FunctionProcessId);
        await AssertThumbnailsAsync(sample, key);
    }

    [RequiresFact("node", "make")]
    public async Task Upload_OverByteLimit_RefusedFromSizeWithoutReadingBody()
    {
        var sample = HostileCorpus.Get("over-byte-limit");
        const string key = "hostile/size-only/huge.jpg";
        var mark = fixture.Mark();

        await fixture.UploadAndWaitAsync(key, sample.Body);

        var summary = fixture.LastSummary(key) ?? throw new InvalidOperationException("no summary line");
        Assert.Equal("TooManyBytes", summary.GetProperty("reason").GetString());
        Assert.Equal(0, summary.GetProperty("bytesIn").GetInt64());
        Assert.Equal(1, summary.GetProperty("s3Gets").GetInt32());
        Assert.Contains($"GET /uploads/{key} 200", await fixture.SettledSinceAsync(mark));
    }

    [RequiresFact("node", "make")]
    public async Task Upload_GifOfHundredsOfFrames_FirstFrameOnlyAndFast()
    {
        const string key = "hostile/frames/animation.gif";

        await fixture.UploadAndWaitAsync(key, HostileCorpus.Get("gif-300-frames").Body);

        var summary = fixture.LastSummary(key) ?? throw new InvalidOperationException("no summary line");
        Assert.InRange(summary.GetProperty("stageMs").GetProperty("render").GetDouble(), 0, 500);
        using var large = Images.Decode((await fixture.S3.GetBytesAsync("thumbnails", "large/" + key))!);
        Assert.Single(large.Frames);
        Assert.True(large[32, 32].R > 200 && large[32, 32].B < 50, $"first frame is red, got {large[32, 32]}");
    }

    [RequiresFact("node", "make")]
    public async Task Upload_CmykJpeg_InkConvertedToRgb()
    {
        const string key = "hostile/cmyk-colour/red.jpg";

        await fixture.UploadAndWaitAsync(key, HostileCorpus.Get("cmyk-jpeg").Body);

        using var large = Images.Decode((await fixture.S3.GetBytesAsync("thumbnails", "large/" + key))!);
        var pixel = large[large.Width / 2, large.Height / 2];
        Assert.True(pixel.R > 200 && pixel.G < 60 && pixel.B < 60, $"magenta + yellow ink is red, got {pixel}");
    }

    private async Task AssertThumbnailsAsync(HostileSample sample, string key)
    {
        foreach (var preset in new[] { "large", "small" })
        {
            var bytes = await fixture.S3.GetBytesAsync("thumbnails", $"{preset}/{key}");
            if (sample.Outcome != "Created")
            {
                Assert.Null(bytes);
                continue;
            }

            using var thumbnail = Images.Decode(bytes!);
            Assert.InRange(thumbnail.Width, 1, 96);
            Assert.InRange(thumbnail.Height, 1, 96);
        }
    }
}
