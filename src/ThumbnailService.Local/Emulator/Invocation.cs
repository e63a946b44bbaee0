namespace ThumbnailService.Local.Emulator;

/// <summary>One queued invoke. State changes happen under the <see cref="InvocationCoordinator"/> lock.</summary>
internal sealed class Invocation
{
    private readonly TaskCompletionSource<InvocationOutcome> _outcome =
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Invocation(string id, ReadOnlyMemory<byte> payload, string traceId, InvokeOptions options, long enqueuedAt)
    {
        Id = id;
        Payload = payload;
        TraceId = traceId;
        ClientContext = options.ClientContext;
        CognitoIdentity = options.CognitoIdentity;
        EnqueuedAt = enqueuedAt;
    }

    public string Id { get; }

    public ReadOnlyMemory<byte> Payload { get; }

    public string TraceId { get; }

    public string? ClientContext { get; }

    public string? CognitoIdentity { get; }

    public long EnqueuedAt { get; }

    public long? DispatchedAt { get; private set; }

    public long? CompletedAt { get; private set; }

    public DateTimeOffset Deadline { get; private set; }

    public bool IsCompleted => CompletedAt is not null;

    public Task<InvocationOutcome> Outcome => _outcome.Task;

    private ITimer? Timer { get; set; }

    public void MarkDispatched(long timestamp, DateTimeOffset deadline, ITimer timer)
    {
        DispatchedAt = timestamp;
        Deadline = deadline;
        SetTimer(timer);
    }

    /// <summary>Swaps the watchdog (init timeout while queued, deadline once dispatched).</summary>
    public void SetTimer(ITimer timer)
    {
        Timer?.Dispose();
        Timer = timer;
    }

    public bool TryComplete(InvocationOutcome outcome, long timestamp)
    {
        if (IsCompleted)
        {
            return false;
        }

        CompletedAt = timestamp;
        Timer?.Dispose();
        return _outcome.TrySetResult(outcome);
    }
}
