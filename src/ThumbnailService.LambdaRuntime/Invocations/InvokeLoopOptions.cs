namespace ThumbnailService.LambdaRuntime.Invocations;

/// <summary>Tuning of the invoke loop.</summary>
public sealed record InvokeLoopOptions
{
    public static readonly TimeSpan MinimumSafetyMargin = TimeSpan.FromMilliseconds(500);
    public static readonly TimeSpan MaximumSafetyMargin = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long before the deadline the handler's token fires, so the error is reported before the platform's timeout.
    /// Null (the default): 10% of the time left when the invocation starts, between 0.5 s and 2 s, so a CPU-starved
    /// sandbox still has time to unwind and post the error.
    /// </summary>
    public TimeSpan? DeadlineSafetyMargin { get; init; }

    /// <summary>The margin for an invocation with <paramref name="remaining"/> time left at its start.</summary>
    public TimeSpan SafetyMarginFor(TimeSpan remaining) =>
        DeadlineSafetyMargin ?? TimeSpan.FromTicks(Math.Clamp(remaining.Ticks / 10, MinimumSafetyMargin.Ticks, MaximumSafetyMargin.Ticks));
}
