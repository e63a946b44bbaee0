namespace ThumbnailService.Local.Pipeline;

/// <summary>Every finished invocation (a routed event, a polled batch), in completion order, and a way to wait for one that matches.</summary>
internal sealed class InvocationJournal<T>
{
    private readonly Lock _gate = new();
    private readonly List<T> _completed = [];
    private readonly List<Waiter> _waiters = [];

    public IReadOnlyList<T> Completed
    {
        get
        {
            lock (_gate)
            {
                return [.. _completed];
            }
        }
    }

    public void Add(T invocation)
    {
        List<TaskCompletionSource<T>> matched;
        lock (_gate)
        {
            _completed.Add(invocation);
            var done = _waiters.Where(w => w.Match(invocation) && --w.Remaining == 0).ToList();
            _waiters.RemoveAll(done.Contains);
            matched = done.Select(w => w.Completion).ToList();
        }

        matched.ForEach(completion => completion.TrySetResult(invocation));
    }

    /// <summary>Completes with the first invocation (already done, or to come) that matches.</summary>
    public Task<T> WaitForAsync(Func<T, bool> match, CancellationToken cancellationToken) =>
        WaitForAsync(match, 1, cancellationToken);

    /// <summary>Completes with the <paramref name="count"/>-th invocation (counting those already done) that matches.</summary>
    public Task<T> WaitForAsync(Func<T, bool> match, int count, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var done = _completed.Where(match).ToList();
            if (done.Count >= count)
            {
                return Task.FromResult(done[count - 1]);
            }

            var waiter = new Waiter(match, count - done.Count);
            _waiters.Add(waiter);
            return waiter.Completion.Task.WaitAsync(cancellationToken);
        }
    }

    public int Count(Func<T, bool> match)
    {
        lock (_gate)
        {
            return _completed.Count(match);
        }
    }

    private sealed class Waiter(Func<T, bool> match, int remaining)
    {
        public Func<T, bool> Match { get; } = match;
        public int Remaining { get; set; } = remaining;
        public TaskCompletionSource<T> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
