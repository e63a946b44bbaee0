using System.Collections.Concurrent;
using System.Text;

namespace ThumbnailService.EndToEnd.Tests.Infrastructure;

/// <summary>A thread-safe TextWriter that keeps every line (function logs, START/END/REPORT).</summary>
internal sealed class SynchronizedLog : TextWriter
{
    private readonly StringBuilder _partial = new();
    private readonly Lock _gate = new();

    public ConcurrentQueue<string> Lines { get; } = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_gate)
        {
            if (value == '\n')
            {
                Lines.Enqueue(_partial.ToString());
                _partial.Clear();
            }
            else if (value != '\r')
            {
                _partial.Append(value);
            }
        }
    }

    public override void WriteLine(string? value)
    {
        lock (_gate)
        {
            Lines.Enqueue(_partial.Append(value).ToString());
            _partial.Clear();
        }
    }
}
