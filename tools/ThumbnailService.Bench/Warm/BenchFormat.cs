using System.Globalization;

namespace ThumbnailService.Bench.Warm;

/// <summary>How the bench prints numbers: fixed decimals, invariant culture, "-" for a figure not measured.</summary>
internal static class BenchFormat
{
    public static string Number(double value, string format = "0.0") =>
        double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "-";

    public static string Ratio(double value) => double.IsFinite(value) ? Number(value, "0.00") + "x" : "-";

    /// <summary>The first three fields of /proc/loadavg (1, 5 and 15 minutes), or "unknown".</summary>
    public static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}
