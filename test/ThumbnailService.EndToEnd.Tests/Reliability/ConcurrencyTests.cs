using ThumbnailService.EndToEnd.Tests.Reliability.Burst;
using Xunit.Abstractions;

namespace ThumbnailService.EndToEnd.Tests.Reliability;

/// <summary>Two bootstrap processes per function, same environment, handling one burst's events at the same time, while the next uploads and deletes happen.</summary>
[Trait("Category", "Reliability")]
public sealed class ConcurrencyTests(BurstFixture fixture, ITestOutputHelper output) : IClassFixture<BurstFixture>
{
    [RequiresFact("node", "make")]
    public async Task Burst_TwoProcessesAtOnce_SameFinalStateAsOne()
    {
        var runner = new BurstRunner(fixture, seed: 2026, workers: 2);

        var figures = await runner.RunAsync("concurrent", 200);

        output.WriteLine($"FIGURE concurrent: {figures}");
        foreach (var retried in figures.Retried)
        {
            output.WriteLine($"RETRIED {retried}");
        }

        Assert.Empty(figures.Failures);
        Assert.True(figures.Retried.Count <= figures.RetryBudget, $"{figures.Retried.Count} events needed the platform's retry (budget {figures.RetryBudget}): {string.Join(" | ", figures.Retried)}");
        Assert.NotNull(fixture.Thumbnail[1].FunctionProcessId);
        Assert.Empty(await BurstVerifier.ProblemsAsync(fixture, "concurrent", runner.Sources));
        Assert.InRange(figures.Puts, figures.FloorPuts, figures.MaximumPuts * 2); // uploads race with deliveries: the bounds are the sequential schedule's
    }
}
