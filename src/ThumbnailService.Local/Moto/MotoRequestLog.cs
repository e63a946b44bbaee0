using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace ThumbnailService.Local.Moto;

/// <summary>
/// moto's request log (werkzeug's stderr lines) as <c>METHOD /path STATUS</c> with the path percent-decoded, the form the
/// s3rver host logs. Its own <c>/moto-api/</c> requests are left out.
/// </summary>
internal sealed partial class MotoRequestLog
{
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _markers = new(StringComparer.Ordinal);

    /// <summary>Lines logged so far; pass to <see cref="Since"/>.</summary>
    public int Mark() => _lines.Count;

    public IReadOnlyList<string> Since(int mark) =>
        _lines.Skip(mark).Where(line => !line.Contains(" /moto-api/", StringComparison.Ordinal)).ToList();

    /// <summary>Feeds one stderr line; returns false when it is not a request line.</summary>
    public bool Add(string line)
    {
        var match = RequestLine().Match(line);
        if (!match.Success)
        {
            return false;
        }

        var target = match.Groups["target"].Value;
        var path = Uri.UnescapeDataString(target.Split('?')[0]);
        _lines.Enqueue($"{match.Groups["method"].Value} {path} {match.Groups["status"].Value}");
        if (_markers.TryRemove(target, out var marker))
        {
            marker.TrySetResult();
        }

        return true;
    }

    /// <summary>Completes when a request for exactly <paramref name="target"/> (path and query, as sent) is logged.</summary>
    public Task WaitForTargetAsync(string target, CancellationToken cancellationToken) =>
        _markers.GetOrAdd(target, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task.WaitAsync(cancellationToken);

    [GeneratedRegex("\"(?<method>[A-Z]+) (?<target>\\S+) HTTP/[0-9.]+\" (?<status>[0-9]{3})")]
    private static partial Regex RequestLine();
}
