namespace ThumbnailService.Local.Tests.Emulator;

/// <summary>The emulator's log sink: keeps every line (<see cref="StringWriter.ToString"/>) and lets a test await a line.</summary>
internal sealed class WatchedLog : StringWriter
{
    private readonly Lock _gate = new();
    private readonly List<string> _lines = [];
    private readonly List<(Func<string, bool> Match, TaskCompletionSource Seen)> _waiters = [];

    public override void WriteLine(string? value)
    {
        base.WriteLine(value);
        lock (_gate)
        {
            _lines.Add(value ?? string.Empty);
            foreach (var waiter in _waiters.Where(waiter => waiter.Match(value ?? string.Empty)).ToList())
            {
                waiter.Seen.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }

    /// <summary>Completes once a line matching <paramref name="match"/> has been written (at once if one already was).</summary>
    public Task WaitForLineAsync(Func<string, bool> match)
    {
        lock (_gate)
        {
            if (_lines.Any(match))
            {
                return Task.CompletedTask;
            }

            var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, seen));
            return seen.Task.WaitAsync(HangGuard.Limit);
        }
    }
}
