using System.Globalization;

namespace ThumbnailService.Local.Emulator;

/// <summary>Writes Lambda's platform lines (START, END, REPORT, timeout notice) and passes function output through.</summary>
internal sealed class PlatformLog(TextWriter? logSink, TextWriter? reportSink, int memorySizeMb)
{
    private readonly TextWriter _log = logSink is null ? TextWriter.Null : TextWriter.Synchronized(logSink);
    private readonly TextWriter _report = reportSink is null
        ? (logSink is null ? TextWriter.Null : TextWriter.Synchronized(logSink))
        : TextWriter.Synchronized(reportSink);

    public void FunctionOutput(string line) => Write(_log, line);

    public void Start(string requestId) => Write(_log, $"START RequestId: {requestId} Version: $LATEST");

    public void End(InvocationResult result)
    {
        if (result.Status == InvocationStatus.TimedOut)
        {
            var stamp = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
            Write(_log, $"{stamp} {result.RequestId} {result.ErrorMessage}");
        }

        Write(_log, $"END RequestId: {result.RequestId}");
        Write(_report, FormatReport(result, memorySizeMb));
    }

    /// <summary>
    /// <c>REPORT RequestId: ID\tInit Duration: X ms\tDuration: X ms\tBilled Duration: X ms\tMemory Size: N MB\tMax Memory Used: N MB</c>;
    /// Init Duration only on the first invoke of a sandbox.
    /// </summary>
    public static string FormatReport(InvocationResult result, int memorySizeMb)
    {
        var culture = CultureInfo.InvariantCulture;
        var init = result.InitDuration is { } initDuration
            ? string.Create(culture, $"\tInit Duration: {initDuration.TotalMilliseconds:F2} ms")
            : string.Empty;
        var billed = (long)Math.Ceiling(result.Duration.TotalMilliseconds);
        return string.Create(
            culture,
            $"REPORT RequestId: {result.RequestId}{init}\tDuration: {result.Duration.TotalMilliseconds:F2} ms\tBilled Duration: {billed} ms\tMemory Size: {memorySizeMb} MB\tMax Memory Used: {result.MaxMemoryUsedMb} MB");
    }

    private static void Write(TextWriter writer, string line)
    {
        writer.WriteLine(line);
        writer.Flush();
    }
}
