namespace ThumbnailService.TestSupport.Time;

/// <summary>
/// A clock that moves only when a test calls <see cref="Advance"/>. Timers (and so <c>CancellationTokenSource</c> delays and
/// <c>Task.Delay</c> on this provider) fire inside that call, in due order, on the test's thread; a timer due now fires at
/// the next <see cref="Advance"/> (<c>Advance(TimeSpan.Zero)</c> included). Timestamps are its own ticks, so elapsed
/// times are exact.
/// </summary>
internal sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    public static readonly DateTimeOffset DefaultStart = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private readonly Lock _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _now = start;

    public ManualTimeProvider()
        : this(DefaultStart)
    {
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <summary>Timers that are scheduled to fire (created or changed with a finite due time, not fired since, not disposed).</summary>
    public int PendingTimers
    {
        get
        {
            lock (_gate)
            {
                return _timers.Count(timer => timer.DueAt is not null);
            }
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        lock (_gate)
        {
            _timers.Add(timer);
        }

        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock forward by <paramref name="by"/>, firing every timer that falls due on the way.</summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        DateTimeOffset target;
        lock (_gate)
        {
            target = _now + by;
        }

        while (TakeNextDue(target) is { } timer)
        {
            timer.Callback(timer.State);
        }

        lock (_gate)
        {
            _now = target;
        }
    }

    internal void Schedule(ManualTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        lock (_gate)
        {
            timer.DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : _now + dueTime;
            timer.Period = period;
        }
    }

    internal void Remove(ManualTimer timer)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
        }
    }

    /// <summary>The earliest timer due by <paramref name="target"/>, the clock moved to its due time and the timer re-armed or stopped.</summary>
    private ManualTimer? TakeNextDue(DateTimeOffset target)
    {
        lock (_gate)
        {
            var due = _timers.Where(timer => timer.DueAt <= target).MinBy(timer => timer.DueAt);
            if (due is null)
            {
                return null;
            }

            if (due.DueAt > _now)
            {
                _now = due.DueAt.Value;
            }

            due.DueAt = due.Period == Timeout.InfiniteTimeSpan || due.Period <= TimeSpan.Zero ? null : _now + due.Period;
            return due;
        }
    }
}
