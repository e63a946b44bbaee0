using Microsoft.AspNetCore.Http;

namespace ThumbnailService.Local.Emulator;

/// <summary>
/// The Runtime API state machine of one sandbox: queued invocations, the one in flight, the runtime's
/// waiting <c>next</c>, init errors and deadlines. Every transition happens under one lock.
/// </summary>
internal sealed class InvocationCoordinator(TimeProvider time, TimeSpan timeout)
{
    private readonly Lock _gate = new();
    private readonly List<Invocation> _pending = [];
    private readonly Dictionary<string, Invocation> _known = new(StringComparer.Ordinal);
    private Invocation? _inFlight;
    private TaskCompletionSource<bool>? _waiter;
    private ErrorPayload? _initError;
    private readonly InitClock _initClock = new(time);
    private bool _dispatchedAny;

    /// <summary>Queues an invocation; <paramref name="dispatchTimeout"/> bounds its wait for a <c>next</c>.</summary>
    public void Enqueue(Invocation invocation, TimeSpan? dispatchTimeout)
    {
        lock (_gate)
        {
            _known[invocation.Id] = invocation;
            if (_initError is not null)
            {
                Complete(invocation, InvocationOutcome.Failure(InvocationStatus.InitFailed, _initError));
                return;
            }

            _pending.Add(invocation);
            if (dispatchTimeout is { } wait)
            {
                invocation.SetTimer(time.CreateTimer(_ => TimeOut(invocation, wait), null, wait, Timeout.InfiniteTimeSpan));
            }

            ReleaseWaiter(live: true);
        }
    }

    public async Task<(RuntimeReply Reply, Invocation? Invocation)> NextAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TaskCompletionSource<bool> waiter;
            lock (_gate)
            {
                if (_inFlight is not null)
                {
                    return (RuntimeReply.InvalidState($"Invocation {_inFlight.Id} is in flight: post its response or error first."), null);
                }

                if (_initError is not null)
                {
                    return (RuntimeReply.InvalidState("The runtime reported an init error: it must exit."), null);
                }

                _initClock.MarkInitialised();
                if (_pending.Count > 0)
                {
                    var invocation = _pending[0];
                    _pending.RemoveAt(0);
                    Dispatch(invocation);
                    return (new RuntimeReply(StatusCodes.Status200OK, null), invocation);
                }

                if (_waiter is not null)
                {
                    return (RuntimeReply.InvalidState("Another next call is already waiting."), null);
                }

                waiter = _waiter = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            bool live;
            try
            {
                live = await waiter.Task.WaitAsync(cancellationToken);
            }
            finally
            {
                lock (_gate)
                {
                    if (_waiter == waiter)
                    {
                        _waiter = null;
                    }
                }
            }

            if (!live)
            {
                return (RuntimeReply.InvalidState("The sandbox was reset."), null);
            }
        }
    }

    public RuntimeReply PostResponse(string id, ReadOnlyMemory<byte> body) =>
        Answer(id, RuntimeReply.Accepted, InvocationOutcome.Success(body));

    public RuntimeReply PostError(string id, ErrorPayload error) =>
        Answer(id, RuntimeReply.Accepted, InvocationOutcome.Failure(InvocationStatus.FunctionError, error));

    /// <summary>A response over the limit fails the invocation; the runtime must not post an error after it.</summary>
    public RuntimeReply PostResponseTooLarge(string id) =>
        Answer(id, RuntimeReply.TooLarge(), InvocationOutcome.ResponseTooLarge());

    public RuntimeReply PostInitError(ErrorPayload error)
    {
        lock (_gate)
        {
            if (_dispatchedAny || _initError is not null)
            {
                return RuntimeReply.InvalidState("Init error after init completed (or reported twice).");
            }

            _initError = error;
            _initClock.MarkInitialised();
            FailAll(InvocationOutcome.Failure(InvocationStatus.InitFailed, error));
            return RuntimeReply.Accepted;
        }
    }

    /// <summary>The function process died: whatever was queued or in flight fails with Runtime.ExitError.</summary>
    public void ProcessExited(int exitCode)
    {
        lock (_gate)
        {
            FailAll(InvocationOutcome.RuntimeExited(exitCode));
            ReleaseWaiter(live: false);
        }
    }

    /// <summary>Forgets the sandbox (after a timeout or a dead process): the next one initialises afresh.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _inFlight = null;
            _initError = null;
            _dispatchedAny = false;
            _initClock.Restart();
            ReleaseWaiter(live: false);
        }
    }

    /// <summary>The init duration of this sandbox, reported once (on its first invoke).</summary>
    public TimeSpan? TakeInitDuration()
    {
        lock (_gate)
        {
            return _initClock.Take();
        }
    }

    /// <summary>Drops an invocation whose invoker gave up while it was still queued.</summary>
    public void Abandon(Invocation invocation)
    {
        lock (_gate)
        {
            if (_pending.Remove(invocation))
            {
                Complete(invocation, InvocationOutcome.Failure(InvocationStatus.TimedOut, ErrorPayload.Create("Invoke.Cancelled", "The invoker cancelled.")));
            }
        }
    }

    private void TimeOut(Invocation invocation, TimeSpan after)
    {
        lock (_gate)
        {
            _pending.Remove(invocation);
            Complete(invocation, InvocationOutcome.TimedOut(after));
        }
    }

    private RuntimeReply Answer(string id, RuntimeReply reply, InvocationOutcome outcome)
    {
        lock (_gate)
        {
            if (!_known.TryGetValue(id, out var invocation))
            {
                return RuntimeReply.UnknownRequestId(id);
            }

            if (_inFlight != invocation)
            {
                return RuntimeReply.InvalidState($"Invocation {id} is not in flight (already answered, timed out or never sent).");
            }

            Complete(invocation, outcome);
            return reply;
        }
    }

    private void Dispatch(Invocation invocation)
    {
        var deadline = time.GetUtcNow() + timeout;
        var timer = time.CreateTimer(_ => TimeOut(invocation, timeout), null, timeout, Timeout.InfiniteTimeSpan);
        invocation.MarkDispatched(time.GetTimestamp(), deadline, timer);
        _inFlight = invocation;
        _dispatchedAny = true;
    }

    private void FailAll(InvocationOutcome outcome)
    {
        foreach (var invocation in _pending)
        {
            Complete(invocation, outcome);
        }

        _pending.Clear();
        if (_inFlight is { } inFlight)
        {
            Complete(inFlight, outcome);
        }
    }

    private void Complete(Invocation invocation, InvocationOutcome outcome)
    {
        if (_inFlight == invocation)
        {
            _inFlight = null;
        }

        invocation.TryComplete(outcome, time.GetTimestamp());
    }

    private void ReleaseWaiter(bool live)
    {
        _waiter?.TrySetResult(live);
        _waiter = null;
    }
}
