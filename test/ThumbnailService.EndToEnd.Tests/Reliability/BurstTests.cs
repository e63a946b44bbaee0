using ThumbnailService.EndToEnd.Tests.Reliability.Burst;
using Xunit.Abstractions;

namespace ThumbnailService.EndToEnd.Tests.Reliability;

/// <summary>About 1000 events for 200 sources through one warm bootstrap per function: duplicated, late, overwritten, deleted.</summary>
[Trait("Category", "Reliability")]
public sealed class BurstTests(BurstFixture fixture, ITestOutputHelper output) : IClassFixture<BurstFixture>
{
    [Fact]
    public async Task Burst_DuplicatedLateAndDeletedEvents_ExactlyTheLastVersionsThumbnails()
    {
        await new BurstRunner(fixture, seed: 11, workers: 1).RunAsync("warmup", 40);
        var process = fixture.Thumbnail[0].FunctionProcessId!.Value;
        var rssStart = ProcessStatus.ResidentKilobytes(process);
        var runner = new BurstRunner(fixture, seed: 2026, workers: 1);

        var figures = await runner.RunAsync("burst", 200);

        var rssEnd = ProcessStatus.ResidentKilobytes(process);
        output.WriteLine($"FIGURE burst: {figures}; thumbnail RSS {rssStart / 1024.0:0.0} MB -> {rssEnd / 1024.0:0.0} MB; cleanup RSS {ProcessStatus.ResidentKilobytes(fixture.Cleanup[0].FunctionProcessId!.Value) / 1024.0:0.0} MB");
        Assert.Empty(figures.Failures);
        Assert.InRange(figures.Events, 800, 1400);
        Assert.Empty(await BurstVerifier.ProblemsAsync(fixture, "burst", runner.Sources));
        Assert.Equal(process, fixture.Thumbnail[0].FunctionProcessId);
        Assert.InRange(figures.Puts, figures.MinimumPuts, figures.MaximumPuts);
        Assert.True(rssEnd < rssStart * 1.10, $"resident memory grew from {rssStart} kB to {rssEnd} kB");
    }
}
