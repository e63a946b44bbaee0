using System.Text.Json;

namespace ThumbnailService.TestSupport.Events;

/// <summary>Builds event payloads in the shapes AWS sends.</summary>
internal static class SampleEvents
{
    public static string S3(string eventName, string encodedKey, string bucket = "uploads", string eTag = "d41d8cd98f00b204e9800998ecf8427e") =>
        "{\"Records\":[{\"eventVersion\":\"2.1\",\"eventSource\":\"aws:s3\",\"awsRegion\":\"us-east-1\",\"eventTime\":\"2026-11-28T12:00:00.000Z\","
        + $"\"eventName\":\"{eventName}\",\"s3\":{{\"s3SchemaVersion\":\"1.0\",\"bucket\":{{\"name\":\"{bucket}\",\"arn\":\"arn:aws:s3:::{bucket}\"}},"
        + $"\"object\":{{\"key\":\"{encodedKey}\",\"size\":1024,\"eTag\":\"{eTag}\",\"sequencer\":\"0A1B2C3D4E5F678901\"}}}}}}]}}";

    public static string Sqs(params (string MessageId, string Body)[] messages)
    {
        var records = messages.Select(m => new Dictionary<string, string>
        {
            ["messageId"] = m.MessageId,
            ["receiptHandle"] = "handle-" + m.MessageId,
            ["body"] = m.Body,
            ["eventSource"] = "aws:sqs",
            ["eventSourceARN"] = "arn:aws:sqs:us-east-1:123456789012:uploads-queue",
        });
        return JsonSerializer.Serialize(new Dictionary<string, object> { ["Records"] = records });
    }

    public static string EventBridge(string detailType, string encodedKey, string reason = "PutObject", string? deletionType = null, string source = "aws.s3")
    {
        var detail = new Dictionary<string, object?>
        {
            ["version"] = "0",
            ["bucket"] = new Dictionary<string, string> { ["name"] = "uploads" },
            ["object"] = new Dictionary<string, object>
            {
                ["key"] = encodedKey, ["size"] = 1024, ["etag"] = "d41d8cd98f00b204e9800998ecf8427e", ["version-id"] = "v1", ["sequencer"] = "0067D3F5AD8E1B2C3F",
            },
            ["reason"] = reason,
            ["deletion-type"] = deletionType,
        };
        return JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["version"] = "0", ["id"] = "17793124-05d4-b198-2fde-7ededc63b103", ["detail-type"] = detailType, ["source"] = source,
            ["account"] = "111122223333", ["time"] = "2026-11-28T12:00:00Z", ["region"] = "us-east-1", ["resources"] = new[] { "arn:aws:s3:::uploads" },
            ["detail"] = detail,
        });
    }

    /// <summary>Schema 1.0 names the bucket by <c>s3BucketArn</c>, 2.0 by <c>s3Bucket</c> (and carries <c>job.userArguments</c>).</summary>
    public static string BatchOperations(string schemaVersion, params (string TaskId, string EncodedKey)[] tasks)
    {
        var job = new Dictionary<string, object> { ["id"] = "f3cc4f60-61f6-4a2b-8a21-d07600c373ce" };
        if (schemaVersion == "2.0")
        {
            job["userArguments"] = new Dictionary<string, string> { ["reason"] = "backfill" };
        }

        var taskObjects = tasks.Select(t => new Dictionary<string, string?>
        {
            ["taskId"] = t.TaskId,
            ["s3Key"] = t.EncodedKey,
            ["s3VersionId"] = null,
            [schemaVersion == "2.0" ? "s3Bucket" : "s3BucketArn"] = schemaVersion == "2.0" ? "uploads" : "arn:aws:s3:::uploads",
        });
        return JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["invocationSchemaVersion"] = schemaVersion, ["invocationId"] = "YXNkbGZqYWRmaiBhc2RmdW9hZHNmZGpmaGFzbGtkaGZza2RmaAo", ["job"] = job, ["tasks"] = taskObjects,
        });
    }
}
