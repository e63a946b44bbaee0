namespace ThumbnailService.Bench.Lambda;

/// <summary>
/// The cgroups of every setting, or, when they cannot be made (not root, no cgroup v1 cpu controller), none and a
/// message saying the bench runs unthrottled. Dispose removes every group, also after a failure or Ctrl-C.
/// </summary>
internal sealed class LambdaThrottle : IDisposable
{
    private readonly Dictionary<int, LambdaCgroup> _groups;

    private LambdaThrottle(Dictionary<int, LambdaCgroup> groups, string message)
    {
        _groups = groups;
        Message = message;
    }

    /// <summary>What the bench does about CPU and memory limits, for the console and the report.</summary>
    public string Message { get; }

    public bool Throttled => _groups.Count > 0;

    /// <summary>The group of <paramref name="memoryMb"/>, or null when running unthrottled.</summary>
    public LambdaCgroup? Group(int memoryMb) => _groups.GetValueOrDefault(memoryMb);

    /// <param name="root">Where cgroup v1 controllers are mounted (normally /sys/fs/cgroup).</param>
    /// <param name="prefix">Group name prefix; the setting is appended (e.g. thumbs-lambda-1234-512).</param>
    public static LambdaThrottle Create(string root, string prefix, IReadOnlyList<int> memoryMb)
    {
        ArgumentNullException.ThrowIfNull(memoryMb);
        var cpuRoot = Path.Combine(root, "cpu");
        if (!File.Exists(Path.Combine(cpuRoot, "cpu.cfs_quota_us")))
        {
            return Unthrottled($"{cpuRoot} is not a cgroup v1 cpu controller (no cpu.cfs_quota_us)");
        }

        var groups = new Dictionary<int, LambdaCgroup>();
        try
        {
            foreach (var memory in memoryMb)
            {
                groups[memory] = LambdaCgroup.Create(root, $"{prefix}-{memory}", memory);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            foreach (var group in groups.Values)
            {
                group.Dispose();
            }

            return Unthrottled($"cannot create a group under {cpuRoot} ({e.Message}; creating one needs root)");
        }

        var memoryNote = groups.Values.All(g => g.MemoryLimited)
            ? "memory limited to the setting (memory.limit_in_bytes)"
            : "memory NOT limited (no writable cgroup v1 memory controller): peak RSS is reported against the setting";
        return new LambdaThrottle(
            groups,
            FormattableString.Invariant(
                $"throttled like Lambda: cgroup v1 groups {cpuRoot}/{prefix}-MB, cpu.cfs_period_us = {LambdaCpu.PeriodMicroseconds}, cpu.cfs_quota_us = period x MB / {LambdaCpu.MemoryPerVcpuMb}; {memoryNote}"));
    }

    public void Dispose()
    {
        foreach (var group in _groups.Values)
        {
            group.Dispose();
        }

        _groups.Clear();
    }

    private static LambdaThrottle Unthrottled(string reason) =>
        new([], $"UNTHROTTLED: {reason}. Every setting runs with the whole machine, so the durations do not shrink with memory and the table shows the memory price only.");
}
