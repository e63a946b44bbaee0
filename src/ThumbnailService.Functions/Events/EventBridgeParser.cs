using System.Net;
using System.Text.Json;
using ThumbnailService.Core.Processing;

namespace ThumbnailService.Functions.Events;

/// <summary>
/// Normalises an EventBridge <c>aws.s3</c> event to one <see cref="SourceEvent"/>: <c>Object Created</c> -> Created,
/// <c>Object Deleted</c> -> Removed, any other S3 detail-type -> Other (acknowledged and ignored, as on the S3 route).
/// </summary>
/// <remarks>
/// Key encoding: the S3 user guide's "EventBridge event message structure" page shows only plain keys and does not say
/// whether <c>detail.object.key</c> is encoded. AWS's own Powertools for Lambda (Python) form-URL-decodes it
/// (<c>S3EventBridgeNotificationObject.key</c> returns <c>unquote_plus(key)</c>), i.e. S3 encodes it as it does the
/// notification key. We decode it once the same way (<see cref="WebUtility.UrlDecode(string)"/>). If a key ever arrived
/// raw, only keys holding '+' or '%xx' would be misread, and they would end as <c>SourceGone</c> (a logged value), not as
/// a wrong thumbnail.
/// </remarks>
internal static class EventBridgeParser
{
    public const string S3Source = "aws.s3";
    public const string ObjectCreated = "Object Created";
    public const string ObjectDeleted = "Object Deleted";

    public static bool Recognises(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("detail-type", out _) && root.TryGetProperty("detail", out _);

    public static EventEnvelope Parse(ReadOnlyMemory<byte> payload)
    {
        var bridgeEvent = JsonSerializer.Deserialize(payload.Span, EventJsonContext.Default.EventBridgeEvent)!;
        if (bridgeEvent.Source != S3Source)
        {
            throw new UnrecognizedEventException(
                $"EventBridge event from source '{bridgeEvent.Source}' (detail-type '{bridgeEvent.DetailType}'): only '{S3Source}' events are accepted; received: {EventParser.Describe(payload)}");
        }

        var detail = bridgeEvent.Detail;
        var bucket = detail?.Bucket?.Name;
        var rawKey = detail?.ObjectInfo?.Key;
        if (string.IsNullOrEmpty(bucket) || string.IsNullOrEmpty(rawKey))
        {
            throw new UnrecognizedEventException(
                $"EventBridge '{bridgeEvent.DetailType}' event has no detail.bucket.name or detail.object.key; received: {EventParser.Describe(payload)}");
        }

        var info = detail!.ObjectInfo!;
        var source = new SourceObject(bucket, WebUtility.UrlDecode(rawKey), Unquote(info.ETag), info.Sequencer, info.Size, info.VersionId);
        var sourceEvent = new SourceEvent(KindOf(bridgeEvent.DetailType), EventNameOf(bridgeEvent.DetailType, detail), source);
        return new EventEnvelope(EventRoute.EventBridge, [new EventItem(null, [sourceEvent])]);
    }

    private static EventKind KindOf(string? detailType) => detailType switch
    {
        ObjectCreated => EventKind.Created,
        ObjectDeleted => EventKind.Removed,
        _ => EventKind.Other,
    };

    /// <summary>The S3 notification name for the API in <c>detail.reason</c> when there is one, else the detail-type.</summary>
    private static string EventNameOf(string? detailType, EventBridgeS3Detail detail) => (detailType, detail.Reason) switch
    {
        (ObjectCreated, "PutObject") => "ObjectCreated:Put",
        (ObjectCreated, "POST Object") => "ObjectCreated:Post",
        (ObjectCreated, "CopyObject") => "ObjectCreated:Copy",
        (ObjectCreated, "CompleteMultipartUpload") => "ObjectCreated:CompleteMultipartUpload",
        (ObjectDeleted, "DeleteObject") when detail.DeletionType == "Delete Marker Created" => "ObjectRemoved:DeleteMarkerCreated",
        (ObjectDeleted, "DeleteObject") => "ObjectRemoved:Delete",
        _ => detailType ?? "(no detail-type)",
    };

    private static string? Unquote(string? eTag) => string.IsNullOrEmpty(eTag) ? null : eTag.Trim('"');
}
