using System.Text.Json;
using ThumbnailService.Core.Imaging;
using ThumbnailService.Core.Processing;
using ThumbnailService.Functions.Metrics;

namespace ThumbnailService.Functions.Tests.Metrics;

public sealed class EmbeddedMetricsTests
{
    private readonly ManualTimeProvider _clock = new();

    [Fact]
    public void Publish_CreatedOutcome_WritesOneEmfLineWithValues()
    {
        using var output = new StringWriter();
        var metrics = new ProcessingMetrics { BytesIn = 5000, BytesOut = 1200, SourceWidth = 4000, SourceHeight = 3000, Gets = 1, Puts = 2 };
        metrics.StageMilliseconds["check"] = 1.5;
        metrics.StageMilliseconds["render"] = 40;
        var written = new[] { new WrittenOutput("large", "large/a.jpg", 10, 10, "image/jpeg", 700), new WrittenOutput("small", "small/a.jpg", 5, 5, "image/jpeg", 500) };
        var result = new ThumbnailResult(new SourceObject("uploads", "a.jpg"), new ThumbnailOutcome.Created(written), metrics);

        new EmbeddedMetrics(output, _clock, "thumbnail").Publish(result);

        var line = Assert.Single(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var directive = root.GetProperty("_aws").GetProperty("CloudWatchMetrics")[0];
        Assert.Equal("ThumbnailService", directive.GetProperty("Namespace").GetString());
        Assert.Equal(_clock.GetUtcNow().ToUnixTimeMilliseconds(), root.GetProperty("_aws").GetProperty("Timestamp").GetInt64());
        var metricNames = directive.GetProperty("Metrics").EnumerateArray().Select(m => m.GetProperty("Name").GetString()).ToList();
        Assert.All(metricNames, name => Assert.True(root.TryGetProperty(name!, out _), $"metric {name} has no value"));
        var dimensions = directive.GetProperty("Dimensions").EnumerateArray().SelectMany(set => set.EnumerateArray()).Select(d => d.GetString()).Distinct();
        Assert.All(dimensions, name => Assert.Equal(JsonValueKind.String, root.GetProperty(name!).ValueKind));
        Assert.Equal("thumbnail", root.GetProperty("Function").GetString());
        Assert.Equal("Created", root.GetProperty("Outcome").GetString());
        Assert.Equal("None", root.GetProperty("Reason").GetString());
        Assert.Equal(12, root.GetProperty("SourceMegapixels").GetDouble());
        Assert.Equal(2, root.GetProperty("ThumbnailsWritten").GetInt32());
        Assert.Equal(41.5, root.GetProperty("TotalMs").GetDouble());
    }

    [Fact]
    public void Publish_Rejected_ReasonIsADimension()
    {
        using var output = new StringWriter();
        var result = new ThumbnailResult(new SourceObject("uploads", "x"), new ThumbnailOutcome.Rejected(RejectionReason.TooManyPixels, "big"), new ProcessingMetrics());

        new EmbeddedMetrics(output, _clock, "thumbnail").Publish(result);

        using var json = JsonDocument.Parse(output.ToString());
        Assert.Equal("TooManyPixels", json.RootElement.GetProperty("Reason").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("ThumbnailsWritten").GetInt32());
    }

    [Fact]
    public void Publish_DuplicateEvent_ReasonMatchesTheSummaryLine()
    {
        using var output = new StringWriter();
        var result = new ThumbnailResult(new SourceObject("uploads", "x"), new ThumbnailOutcome.AlreadyDone { DuplicateEvent = true }, new ProcessingMetrics());

        new EmbeddedMetrics(output, _clock, "thumbnail").Publish(result);

        using var json = JsonDocument.Parse(output.ToString());
        Assert.Equal("DuplicateEvent", json.RootElement.GetProperty("Reason").GetString());
        Assert.Equal(json.RootElement.GetProperty("Reason").GetString(), ThumbnailService.Functions.Handlers.SummaryLog.ToSummary(result).Reason);
    }
}
