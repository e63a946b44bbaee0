using ThumbnailService.LambdaRuntime.Client;
using ThumbnailService.LambdaRuntime.Logging;

namespace ThumbnailService.LambdaRuntime.Invocations;

/// <summary>What a handler may know about the invocation it is running.</summary>
public sealed class InvocationContext
{
    private readonly TimeProvider _time;

    public InvocationContext(Invocation invocation, ILambdaLogger logger, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        RequestId = invocation.RequestId;
        FunctionArn = invocation.FunctionArn;
        TraceId = invocation.TraceId;
        Deadline = DateTimeOffset.FromUnixTimeMilliseconds(invocation.DeadlineUnixMs);
        Logger = logger;
        _time = time;
    }

    public string RequestId { get; }
    public string FunctionArn { get; }
    public string? TraceId { get; }
    public DateTimeOffset Deadline { get; }
    public ILambdaLogger Logger { get; }

    public TimeSpan RemainingTime => Deadline - _time.GetUtcNow();
}
