using ThumbnailService.EndToEnd.Tests.Reliability.Burst;
using Xunit.Abstractions;

namespace ThumbnailService.EndToEnd.Tests.Reliability;

/// <summary>Two bootstrap processes per function, same environment, handling one burst's events at the same time.</summary>
[Trait("Category", "Reliability")]
public sealed class ConcurrencyTests(BurstFixture fixture, ITestOutputHelper output) : IClassFixture<BurstFixture>
{
    [Fact]
    public async Task Burst_TwoProcessesAtOnce_SameFinalStateAsOne()
    {
        var runner = new BurstRunner(fixture, seed: 2026, workers: 2);

        var figures = await runner.RunAsync("concurrent", 200);

        output.WriteLine($"FIGURE concurrent: {figures}");
        Assert.Empty(figures.Failures);
        Assert.NotNull(fixture.Thumbnail[1].FunctionProcessId);
        Assert.Empty(await BurstVerifier.ProblemsAsync(fixture, "concurrent", runner.Sources));
        Assert.InRange(figures.Puts, figures.MinimumPuts, figures.MaximumPuts * 2);
    }
}
