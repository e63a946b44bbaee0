namespace ThumbnailService.Bench.Lambda;

/// <summary>One invocation: its duration, the init before it (0 on a warm process), the process's peak RSS and, when it failed, why.</summary>
internal sealed record LambdaInvocation(double DurationMs, double InitMs, double PeakRssMb, string? Failure)
{
    /// <summary>What Lambda bills for a custom runtime: init (a cold start) plus the invocation.</summary>
    public double BilledBasisMs => InitMs + DurationMs;
}
