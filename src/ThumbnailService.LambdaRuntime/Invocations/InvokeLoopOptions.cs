namespace ThumbnailService.LambdaRuntime.Invocations;

/// <summary>Tuning of the invoke loop.</summary>
public sealed record InvokeLoopOptions
{
    /// <summary>How long before the deadline the handler's token fires, so the error is reported before the platform's timeout.</summary>
    public TimeSpan DeadlineSafetyMargin { get; init; } = TimeSpan.FromMilliseconds(500);
}
