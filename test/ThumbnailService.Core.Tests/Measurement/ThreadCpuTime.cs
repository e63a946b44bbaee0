using System.Runtime.InteropServices;

namespace ThumbnailService.Core.Tests.Measurement;

/// <summary>
/// CPU time of the calling thread (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>). Unlike wall time it does not
/// count what other processes and test threads take on a loaded CI machine; unlike process CPU time it does not count
/// other tests running in parallel. It misses work handed to other threads: measure single-threaded paths only.
/// </summary>
internal static class ThreadCpuTime
{
    private const int ClockThreadCpuTimeId = 3;

    /// <summary>The minimum over <paramref name="repetitions"/> runs of <paramref name="action"/>: the least disturbed one.</summary>
    public static TimeSpan Minimum(int repetitions, Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        TimeSpan best = TimeSpan.MaxValue;
        for (int i = 0; i < repetitions; i++)
        {
            TimeSpan start = Now();
            action();
            TimeSpan spent = Now() - start;
            best = spent < best ? spent : best;
        }

        return best;
    }

    private static TimeSpan Now()
    {
        Assert.True(OperatingSystem.IsLinux(), "thread CPU time is read with Linux's clock_gettime");
        Assert.Equal(0, NativeMethods.clock_gettime(ClockThreadCpuTimeId, out Timespec now));
        return TimeSpan.FromTicks((now.Seconds * TimeSpan.TicksPerSecond) + (now.Nanoseconds / 100));
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = false)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int clock_gettime(int clock, out Timespec time);
    }
}
