using System.Globalization;
using ThumbnailService.Operations.Backfill;

namespace ThumbnailService.Operations.Commands.Backfill;

/// <summary>
/// Backfill progress for logs (output redirected, CI): one plain line at each phase start, then at most one line per
/// interval with done/total, percentage, rate and time left, and a last line when the phase is done.
/// </summary>
internal sealed class PlainBackfillProgress(TextWriter writer, string command, TimeProvider time, TimeSpan interval) : IBackfillProgress
{
    private readonly Lock _lock = new();
    private string _phase = string.Empty;
    private int _total;
    private int _done;
    private long _phaseStarted;
    private long _lastLine;

    public void Listing(string what, int count)
    {
        lock (_lock)
        {
            if (count == 1 || time.GetElapsedTime(_lastLine) >= interval)
            {
                Write($"listing {what}: {count:N0} object(s) so far");
            }
        }
    }

    public void Begin(string phase, int total)
    {
        lock (_lock)
        {
            (_phase, _total, _done, _phaseStarted) = (phase, total, 0, time.GetTimestamp());
            Write($"{phase} {total:N0} item(s)");
        }
    }

    public void Advance()
    {
        lock (_lock)
        {
            _done++;
            if (_done == _total || time.GetElapsedTime(_lastLine) >= interval)
            {
                Write(Status());
            }
        }
    }

    private string Status()
    {
        var seconds = time.GetElapsedTime(_phaseStarted).TotalSeconds;
        var rate = seconds > 0 ? _done / seconds : 0;
        var percent = _total == 0 ? 100 : 100.0 * _done / _total;
        var left = rate > 0 ? TimeSpan.FromSeconds(Math.Ceiling((_total - _done) / rate)) : (TimeSpan?)null;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{_phase} {_done:N0}/{_total:N0} ({percent:0}%), {rate:0.0}/s, {(left is { } l ? $"{l:hh\\:mm\\:ss} left" : "time left unknown")}");
    }

    private void Write(string line)
    {
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"thumbs {command}: {line}"));
        writer.Flush();
        _lastLine = time.GetTimestamp();
    }
}
