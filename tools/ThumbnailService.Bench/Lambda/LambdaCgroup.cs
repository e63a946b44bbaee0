using System.Globalization;

namespace ThumbnailService.Bench.Lambda;

/// <summary>
/// The cgroup v1 groups of one memory setting: <c>ROOT/cpu/NAME</c> with <c>cpu.cfs_period_us</c> and
/// <c>cpu.cfs_quota_us</c> (<see cref="LambdaCpu.QuotaMicroseconds"/>), and, when the memory controller is mounted,
/// <c>ROOT/memory/NAME</c> with <c>memory.limit_in_bytes</c> = the setting. A process joins by writing its pid into
/// each group's <c>cgroup.procs</c> (<see cref="ProcsFiles"/>); the bench itself never joins. Dispose removes the groups
/// (<c>rmdir</c>; the kernel removes their control files with them).
/// </summary>
internal sealed class LambdaCgroup : IDisposable
{
    private readonly List<string> _directories;

    private LambdaCgroup(int memoryMb, List<string> directories, bool memoryLimited)
    {
        MemoryMb = memoryMb;
        _directories = directories;
        MemoryLimited = memoryLimited;
    }

    public int MemoryMb { get; }

    /// <summary>True when the memory controller limits the group to the setting (otherwise peak RSS is only reported).</summary>
    public bool MemoryLimited { get; }

    public IReadOnlyList<string> ProcsFiles => _directories.Select(d => Path.Combine(d, "cgroup.procs")).ToArray();

    /// <summary>Creates the groups; throws <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> when the CPU group cannot be made.</summary>
    public static LambdaCgroup Create(string root, string name, int memoryMb)
    {
        var cpu = Path.Combine(root, "cpu", name);
        Directory.CreateDirectory(cpu);
        var directories = new List<string> { cpu };
        try
        {
            File.WriteAllText(Path.Combine(cpu, "cpu.cfs_period_us"), Text(LambdaCpu.PeriodMicroseconds));
            File.WriteAllText(Path.Combine(cpu, "cpu.cfs_quota_us"), Text(LambdaCpu.QuotaMicroseconds(memoryMb)));
            var memory = TryCreateMemoryGroup(root, name, memoryMb);
            if (memory is not null)
            {
                directories.Add(memory);
            }

            return new LambdaCgroup(memoryMb, directories, memory is not null);
        }
        catch
        {
            RemoveAll(directories);
            throw;
        }
    }

    public void Dispose() => RemoveAll(_directories);

    /// <summary>The memory group, or null when ROOT/memory is not a mounted controller or refuses the limit.</summary>
    private static string? TryCreateMemoryGroup(string root, string name, int memoryMb)
    {
        if (!File.Exists(Path.Combine(root, "memory", "memory.limit_in_bytes")))
        {
            return null;
        }

        var memory = Path.Combine(root, "memory", name);
        try
        {
            Directory.CreateDirectory(memory);
            File.WriteAllText(Path.Combine(memory, "memory.limit_in_bytes"), Text(memoryMb * 1024L * 1024L));
            return memory;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            RemoveAll([memory]);
            return null;
        }
    }

    /// <summary>rmdir each group (last made first); a group whose process is still exiting is busy for a moment, so retry briefly.</summary>
    private static void RemoveAll(List<string> directories)
    {
        for (int i = directories.Count - 1; i >= 0; i--)
        {
            for (int attempt = 0; Directory.Exists(directories[i]); attempt++)
            {
                try
                {
                    Directory.Delete(directories[i]);
                }
                catch (IOException) when (attempt < 20)
                {
                    Thread.Sleep(50);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    Console.Error.WriteLine($"bench --lambda: could not remove {directories[i]} ({e.Message}); remove it with: rmdir {directories[i]}");
                    break;
                }
            }
        }

        directories.Clear();
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
