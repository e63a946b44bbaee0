using System.Globalization;

namespace ThumbnailService.EndToEnd.Tests.Reliability.Burst;

/// <summary>Reads a process's current resident set (VmRSS) from /proc/PID/status.</summary>
internal static class ProcessStatus
{
    public static long ResidentKilobytes(int processId)
    {
        var line = File.ReadLines($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }
}
