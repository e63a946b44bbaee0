using ThumbnailService.Operations.Commands.Backfill;

namespace ThumbnailService.Operations.Tests.Backfill;

public sealed class PlainBackfillProgressTests
{
    [Fact]
    public void Advance_EveryInterval_WritesCountRateAndTimeLeft()
    {
        var time = new ManualTimeProvider();
        using var output = new StringWriter();
        var progress = new PlainBackfillProgress(output, "backfill", time, TimeSpan.FromSeconds(2));

        progress.Listing("s3://b/", 1);
        progress.Begin("Reconciling", 100);
        for (var i = 0; i < 100; i++)
        {
            time.Advance(TimeSpan.FromMilliseconds(100));
            progress.Advance();
        }

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("thumbs backfill: listing s3://b/: 1 object(s) so far", lines[0]);
        Assert.Equal("thumbs backfill: Reconciling 100 item(s)", lines[1]);
        Assert.Equal("thumbs backfill: Reconciling 20/100 (20%), 10.0/s, 00:00:08 left", lines[2]);
        Assert.Equal("thumbs backfill: Reconciling 100/100 (100%), 10.0/s, 00:00:00 left", lines[^1]);
        Assert.Equal(7, lines.Length);
    }
}
