namespace ThumbnailService.Core.Processing;

/// <summary>
/// The S3 events this process has already finished (thumbnails current for that upload), by event identity: bucket,
/// key, ETag and the event's sequencer, which S3 makes unique per upload even when the bytes are the same. A
/// duplicate delivery of one of them (S3 delivers at least once; SQS redelivers) is then answered without any S3
/// request. Only successes are remembered, so a failed event is always retried in full; a duplicate that lands in
/// another sandbox still gets the HEAD check. Bounded: the oldest entries are forgotten first.
/// </summary>
internal sealed class CompletedEventMemo(int capacity)
{
    private readonly HashSet<(string Bucket, string Key, string ETag, string Sequencer)> _completed = [];
    private readonly Queue<(string Bucket, string Key, string ETag, string Sequencer)> _order = new();
    private readonly Lock _lock = new();

    public bool Contains(SourceObject source)
    {
        if (Identity(source) is not { } identity)
        {
            return false;
        }

        lock (_lock)
        {
            return _completed.Contains(identity);
        }
    }

    public void Add(SourceObject source)
    {
        if (Identity(source) is not { } identity)
        {
            return; // no event identity (Batch Operations tasks, backfill): nothing to recognise a duplicate by
        }

        lock (_lock)
        {
            if (!_completed.Add(identity))
            {
                return;
            }

            _order.Enqueue(identity);
            if (_order.Count > capacity)
            {
                _completed.Remove(_order.Dequeue());
            }
        }
    }

    private static (string, string, string, string)? Identity(SourceObject source) =>
        source.ETag is { Length: > 0 } eTag && source.Sequencer is { Length: > 0 } sequencer ? (source.Bucket, source.Key, eTag, sequencer) : null;
}
