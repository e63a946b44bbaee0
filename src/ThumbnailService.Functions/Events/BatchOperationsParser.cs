using System.Net;
using System.Text.Json;
using ThumbnailService.Core.Processing;

namespace ThumbnailService.Functions.Events;

/// <summary>
/// Normalises an S3 Batch Operations request (schema 1.0 or 2.0) to one item per task (<c>ItemId</c> = taskId), each with
/// one <see cref="EventKind.Created"/> event: a batch job backfills thumbnails, so the cleanup function answers its tasks
/// with <c>Ignored</c>. A task that cannot be read keeps a <c>Problem</c> and becomes a PermanentFailure, alone.
/// </summary>
/// <remarks>
/// Key encoding: the S3 user guide ("Invoke AWS Lambda function", example function) says "keys from S3 Batch Operations are
/// URL encoded" and that the function must URL-decode them; manifests hold keys URL-encoded. We decode once with form URL
/// decoding, as for S3 notifications ('+' is a space; a literal '+' arrives as %2B), which is also what AWS's Powertools
/// for Lambda does for both schema versions (its PR #3572 reports testing that against real jobs). <c>s3VersionId</c> is not used: the
/// thumbnails always describe the object's current version, and its ETag is recorded on them.
/// </remarks>
internal static class BatchOperationsParser
{
    public const string EventName = "BatchOperations:LambdaInvoke";
    private static readonly string[] SchemaVersions = ["1.0", "2.0"];

    public static bool Recognises(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("invocationSchemaVersion", out _);

    public static EventEnvelope Parse(ReadOnlyMemory<byte> payload)
    {
        var request = JsonSerializer.Deserialize(payload.Span, EventJsonContext.Default.BatchOperationsEvent)!;
        var version = request.InvocationSchemaVersion;
        if (version is null || !SchemaVersions.Contains(version))
        {
            throw new UnrecognizedEventException(
                $"S3 Batch Operations request with invocationSchemaVersion '{version}': only 1.0 and 2.0 are understood; received: {EventParser.Describe(payload)}");
        }

        if (string.IsNullOrEmpty(request.InvocationId) || request.Tasks is null || request.Tasks.Any(task => string.IsNullOrEmpty(task.TaskId)))
        {
            throw new UnrecognizedEventException(
                $"S3 Batch Operations request without invocationId, tasks or a taskId cannot be answered; received: {EventParser.Describe(payload)}");
        }

        var items = request.Tasks.Select(task => ParseTask(task, version)).ToList();
        return new EventEnvelope(EventRoute.BatchOperations, items, new BatchInvocation(version, request.InvocationId, request.Job?.Id));
    }

    private static EventItem ParseTask(BatchOperationsTask task, string version)
    {
        // Schema 1.0 names the bucket by ARN, 2.0 by name; either is taken from either version.
        var bucket = string.IsNullOrEmpty(task.S3Bucket) ? BucketFromArn(task.S3BucketArn) : task.S3Bucket;
        if (string.IsNullOrEmpty(bucket))
        {
            return new EventItem(task.TaskId, [], $"Task {task.TaskId} (schema {version}) names no bucket: s3Bucket '{task.S3Bucket}', s3BucketArn '{task.S3BucketArn}'.");
        }

        if (string.IsNullOrEmpty(task.S3Key))
        {
            return new EventItem(task.TaskId, [], $"Task {task.TaskId} has no s3Key.");
        }

        var source = new SourceObject(bucket, WebUtility.UrlDecode(task.S3Key), VersionId: task.S3VersionId);
        return new EventItem(task.TaskId, [new SourceEvent(EventKind.Created, EventName, source)]);
    }

    /// <summary>The bucket name of an S3 ARN (<c>arn:aws:s3:::name</c>; older examples add region and account): its last field.</summary>
    private static string? BucketFromArn(string? arn)
    {
        var parts = arn?.Split(':');
        return parts is { Length: >= 6 } && parts[0] == "arn" && parts[2] == "s3" ? parts[^1] : null;
    }
}
