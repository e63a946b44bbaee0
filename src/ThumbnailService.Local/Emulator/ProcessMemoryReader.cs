using System.Globalization;

namespace ThumbnailService.Local.Emulator;

/// <summary>Reads a process's peak resident set (VmHWM) from <c>/proc/PID/status</c>, Lambda's "Max Memory Used".</summary>
internal static class ProcessMemoryReader
{
    /// <summary>Peak RSS in MB rounded up, or null when the process is gone or /proc is unavailable.</summary>
    public static int? ReadPeakMb(int processId)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return ParseKilobytesAsMb(line["VmHWM:".Length..]);
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return null;
    }

    internal static int? ParseKilobytesAsMb(string value)
    {
        var digits = value.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var kilobytes)
            ? (int)((kilobytes + 1023) / 1024)
            : null;
    }
}
