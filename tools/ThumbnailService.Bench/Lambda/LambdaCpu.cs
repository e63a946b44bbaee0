namespace ThumbnailService.Bench.Lambda;

/// <summary>
/// The CPU Lambda gives a memory setting, as a cgroup v1 CFS quota. AWS: "Lambda allocates CPU power in proportion to
/// the amount of memory configured ... At 1,769 MB, a function has the equivalent of one vCPU (one vCPU-second of
/// credits per second)" (<see cref="Source"/>). So vCPU = memory / 1769 and quota = period x memory / 1769.
/// </summary>
internal static class LambdaCpu
{
    public const int MemoryPerVcpuMb = 1769;

    /// <summary>The CFS period the bench uses (the kernel's default, 100 ms).</summary>
    public const long PeriodMicroseconds = 100_000;

    /// <summary>The smallest quota the kernel accepts (1 ms).</summary>
    public const long MinimumQuotaMicroseconds = 1_000;

    public const string Source = "https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html";

    /// <summary>vCPU-seconds of credit per second: memory / 1,769 MB.</summary>
    public static double Vcpus(int memoryMb) => memoryMb / (double)MemoryPerVcpuMb;

    /// <summary>cpu.cfs_quota_us for <paramref name="memoryMb"/>: period x memory / 1769, rounded, at least 1 ms.</summary>
    public static long QuotaMicroseconds(int memoryMb, long periodMicroseconds = PeriodMicroseconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(memoryMb);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(periodMicroseconds);
        return Math.Max(MinimumQuotaMicroseconds, (long)Math.Round(periodMicroseconds * (double)memoryMb / MemoryPerVcpuMb, MidpointRounding.AwayFromZero));
    }

    /// <summary>The largest setting a machine with <paramref name="cores"/> cores can reproduce (cores x 1,769 MB).</summary>
    public static int LargestReproducibleMb(int cores) => cores * MemoryPerVcpuMb;

    /// <summary>
    /// What the setting means for our function: below 1,769 MB a fraction of one core; above it, more than one vCPU of
    /// credit, of which a render uses a little more than one core (the JPEG decoder runs its IDCT and colour
    /// conversion on a second thread; the rest of the pipeline is single-threaded per image).
    /// </summary>
    public static string Describe(int memoryMb)
    {
        var vcpus = Vcpus(memoryMb);
        return vcpus <= 1
            ? FormattableString.Invariant($"{vcpus:0.00} of one core")
            : FormattableString.Invariant($"{vcpus:0.00} vCPU: 1 core + {vcpus - 1:0.00} of a second (our render is mostly single-threaded)");
    }
}
