using System.Text.Json;

namespace ThumbnailService.Functions.Tests.TestDoubles;

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
}
