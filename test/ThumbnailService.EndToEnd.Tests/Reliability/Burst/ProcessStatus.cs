using System.Globalization;

namespace ThumbnailService.EndToEnd.Tests.Reliability.Burst;

/// <summary>Reads a process's resident set from /proc/PID/status: now (VmRSS) and its peak so far (VmHWM).</summary>
internal static class ProcessStatus
{
    public static long ResidentKilobytes(int processId) => Kilobytes(processId, "VmRSS:");

    public static long PeakResidentKilobytes(int processId) => Kilobytes(processId, "VmHWM:");

    private static long Kilobytes(int processId, string field)
    {
        var line = File.ReadLines($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }
}
