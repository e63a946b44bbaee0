using System.Diagnostics;
using System.Globalization;
using Amazon.S3;
using Amazon.S3.Model;

namespace ThumbnailService.Bench.Duplicate;

/// <summary>
/// Keeps the local S3 host's <c>REQUEST METHOD /bucket/key STATUS</c> lines (its stderr, in arrival order) and cuts them
/// into spans with marker requests: a HEAD of a key that does not exist, whose own line, once read, proves that every
/// request made before it has been read too (the host writes its lines in order).
/// </summary>
internal sealed class S3RequestRecorder
{
    private const string Prefix = "REQUEST ";
    private const string MarkerFolder = "bench-marker";
    private static readonly TimeSpan MarkTimeout = TimeSpan.FromSeconds(10);
    private readonly List<string> _lines = [];
    private readonly Lock _gate = new();
    private int _markers;

    /// <summary>Give this to <see cref="S3Host.LocalS3HostOptions.Log"/>: keeps the request lines, drops the others.</summary>
    public void Record(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.StartsWith(Prefix, StringComparison.Ordinal))
        {
            lock (_gate)
            {
                _lines.Add(line[Prefix.Length..]);
            }
        }
    }

    /// <summary>
    /// Makes a marker request on <paramref name="bucket"/>; once its line was read, returns its position and how long the
    /// HEAD took from here (a bare round trip to the local S3, for reference).
    /// </summary>
    public async Task<(int Index, TimeSpan HeadTime)> MarkAsync(IAmazonS3 client, string bucket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var key = string.Create(CultureInfo.InvariantCulture, $"{MarkerFolder}/{Interlocked.Increment(ref _markers)}");
        long started = Stopwatch.GetTimestamp();
        try
        {
            await client.GetObjectMetadataAsync(new GetObjectMetadataRequest { BucketName = bucket, Key = key }, cancellationToken);
        }
        catch (AmazonS3Exception ex) when (ex.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            // the expected answer: the marker key never exists
        }

        var headTime = Stopwatch.GetElapsedTime(started);
        return (await WaitForLineAsync($"HEAD /{bucket}/{key} ", cancellationToken), headTime);
    }

    /// <summary>The requests (<c>METHOD /bucket/key STATUS</c>) between two marks.</summary>
    public IReadOnlyList<string> Between(int startMark, int endMark)
    {
        lock (_gate)
        {
            return _lines.Skip(startMark + 1).Take(endMark - startMark - 1).ToArray();
        }
    }

    private async Task<int> WaitForLineAsync(string prefix, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(MarkTimeout);
        try
        {
            int? index;
            while ((index = IndexOf(prefix)) is null)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(2), timeout.Token);
            }

            return index.Value;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"the local S3 host did not log the marker request '{prefix.Trim()}' within {MarkTimeout.TotalSeconds} s");
        }
    }

    private int? IndexOf(string prefix)
    {
        lock (_gate)
        {
            int index = _lines.FindLastIndex(l => l.StartsWith(prefix, StringComparison.Ordinal));
            return index >= 0 ? index : null;
        }
    }
}
