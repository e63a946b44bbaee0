using System.Globalization;

namespace ThumbnailService.Bench.Peers;

/// <summary>Peak resident memory of a live process from /proc (Linux): reset with clear_refs, read VmHWM.</summary>
internal static class ProcStatus
{
    /// <summary>Resets the process's peak RSS to its current RSS (writes 5 to /proc/PID/clear_refs); false if not allowed.</summary>
    public static bool TryResetPeak(int processId)
    {
        try
        {
            File.WriteAllText($"/proc/{processId}/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>VmHWM in MB, or NaN when unreadable.</summary>
    public static double ReadPeakMb(int processId)
    {
        try
        {
            return ParsePeakMb(File.ReadAllText($"/proc/{processId}/status"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return double.NaN;
        }
    }

    public static double ParsePeakMb(string status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var line = status.Split('\n').FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        var kb = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return kb is null ? double.NaN : double.Parse(kb, CultureInfo.InvariantCulture) / 1024;
    }
}
