using System.Net;
using ThumbnailService.Core.Processing;

namespace ThumbnailService.Functions.Events;

/// <summary>Maps S3 notification records to <see cref="SourceEvent"/>s, decoding each key once (form URL decoding).</summary>
internal static class S3RecordMapper
{
    public static List<SourceEvent> Map(IEnumerable<S3EventRecord> records)
    {
        var events = new List<SourceEvent>();
        foreach (var record in records)
        {
            var version = record.EventVersion ?? "2.0";
            if (!version.StartsWith("2.", StringComparison.Ordinal))
            {
                throw new UnrecognizedEventException($"S3 record with eventVersion '{version}': only 2.x is understood.");
            }

            var bucket = record.S3?.Bucket?.Name;
            var rawKey = record.S3?.ObjectInfo?.Key;
            if (string.IsNullOrEmpty(bucket) || rawKey is null)
            {
                throw new UnrecognizedEventException($"S3 record '{record.EventName}' has no bucket name or object key.");
            }

            var name = record.EventName ?? string.Empty;
            var info = record.S3!.ObjectInfo!;
            var source = new SourceObject(bucket, WebUtility.UrlDecode(rawKey), Unquote(info.ETag), info.Sequencer, info.Size, info.VersionId);
            events.Add(new SourceEvent(KindOf(name), name, source));
        }

        return events;
    }

    public static EventKind KindOf(string eventName) =>
        eventName.StartsWith("ObjectCreated:", StringComparison.Ordinal) ? EventKind.Created
        : eventName.StartsWith("ObjectRemoved:", StringComparison.Ordinal) ? EventKind.Removed
        : EventKind.Other;

    private static string? Unquote(string? eTag) => string.IsNullOrEmpty(eTag) ? null : eTag.Trim('"');
}
