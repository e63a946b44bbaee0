namespace ThumbnailService.Core.Processing;

/// <summary>Records the milliseconds of each stage into <see cref="ProcessingMetrics.StageMilliseconds"/>.</summary>
internal sealed class StageClock(TimeProvider time, ProcessingMetrics metrics)
{
    private long _last = time.GetTimestamp();

    public void Lap(string stage)
    {
        var now = time.GetTimestamp();
        metrics.StageMilliseconds[stage] = Math.Round(time.GetElapsedTime(_last, now).TotalMilliseconds, 2);
        _last = now;
    }
}
