namespace ThumbnailService.Local.Emulator;

/// <summary>
/// Times one sandbox's init phase: from its (re)start to the runtime's first <c>next</c> (or init error).
/// Reported once, on the sandbox's first invoke. Not thread-safe: the coordinator calls it under its lock.
/// </summary>
internal sealed class InitClock(TimeProvider time)
{
    private long _startedAt = time.GetTimestamp();
    private TimeSpan? _duration;
    private bool _taken;

    public void Restart()
    {
        _startedAt = time.GetTimestamp();
        _duration = null;
        _taken = false;
    }

    /// <summary>Ends the init phase; later calls keep the first value.</summary>
    public void MarkInitialised() => _duration ??= time.GetElapsedTime(_startedAt);

    /// <summary>The init duration the first time it is asked for after init ended, otherwise null.</summary>
    public TimeSpan? Take()
    {
        if (_taken || _duration is null)
        {
            return null;
        }

        _taken = true;
        return _duration;
    }
}
