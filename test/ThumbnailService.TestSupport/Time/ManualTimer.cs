namespace ThumbnailService.TestSupport.Time;

/// <summary>A timer of <see cref="ManualTimeProvider"/>; its schedule is kept (and changed) under the provider's lock.</summary>
internal sealed class ManualTimer(ManualTimeProvider provider, TimerCallback callback, object? state) : ITimer
{
    public TimerCallback Callback { get; } = callback;

    public object? State { get; } = state;

    /// <summary>When it fires next; null when stopped.</summary>
    internal DateTimeOffset? DueAt { get; set; }

    internal TimeSpan Period { get; set; } = Timeout.InfiniteTimeSpan;

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        provider.Schedule(this, dueTime, period);
        return true;
    }

    public void Dispose() => provider.Remove(this);

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
