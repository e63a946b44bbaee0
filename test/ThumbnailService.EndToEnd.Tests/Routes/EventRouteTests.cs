using System.Net;
using System.Text;
using System.Text.Json;
using ThumbnailService.EndToEnd.Tests.Infrastructure;

namespace ThumbnailService.EndToEnd.Tests.Routes;

/// <summary>Every event route through the real bootstrap, against objects in a bucket whose own events are not routed.</summary>
public sealed class EventRouteTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>, IAsyncLifetime
{
    private const string Bucket = "other-source";

    public async Task InitializeAsync()
    {
        try
        {
            await fixture.S3.PutBucketAsync(Bucket);
        }
        catch (Amazon.S3.AmazonS3Exception e) when (e.ErrorCode is "BucketAlreadyOwnedByYou" or "BucketAlreadyExists")
        {
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [RequiresFact("node", "make")]
    public async Task Sqs_MixedBatch_OnlyTheFailedMessageIsReported()
    {
        await fixture.S3.PutAsync(Bucket, "sqs/ok é.jpg", Images.Jpeg(100, 50));
        var batch = Sqs(
            ("m-ok", Notification("ObjectCreated:Put", Bucket, "sqs/ok é.jpg")),
            ("m-broken", Notification("ObjectCreated:Put", "no-such-bucket", "x.jpg")),
            ("m-test", "{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\",\"Bucket\":\"other-source\"}"));

        var result = await fixture.Pipeline.Thumbnail.InvokeAsync(Encoding.UTF8.GetBytes(batch));

        Assert.True(result.Succeeded, result.ErrorMessage);
        using var response = JsonDocument.Parse(result.Payload.ToArray());
        var failures = response.RootElement.GetProperty("batchItemFailures").EnumerateArray().Select(f => f.GetProperty("itemIdentifier").GetString());
        Assert.Equal(["m-broken"], failures);
        Assert.NotNull(await fixture.S3.GetBytesAsync("thumbnails", "large/sqs/ok é.jpg"));
    }

    [RequiresFact("node", "make")]
    public async Task EventBridge_CreatedThenDeleted_ThumbnailsFollowTheSource()
    {
        const string key = "eb/red flower+1.jpg";
        await fixture.S3.PutAsync(Bucket, key, Images.Jpeg(120, 60));

        var created = await fixture.Pipeline.Thumbnail.InvokeAsync(EventBridge("Object Created", key));
        Assert.True(created.Succeeded, created.ErrorMessage);
        Assert.NotNull(await fixture.S3.GetBytesAsync("thumbnails", "small/" + key));

        await fixture.S3.DeleteObjectAsync(Bucket, key);
        var deleted = await fixture.Pipeline.Cleanup.InvokeAsync(EventBridge("Object Deleted", key));

        Assert.True(deleted.Succeeded, deleted.ErrorMessage);
        Assert.Null(await fixture.S3.GetBytesAsync("thumbnails", "small/" + key));
        Assert.Null(await fixture.S3.GetBytesAsync("thumbnails", "large/" + key));
    }

    [RequiresTheory("node", "make")]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task BatchOperations_MixedTasks_ResultCodePerTask(string schema)
    {
        var image = $"batch-{schema}/photo 1+é.jpg";
        var text = $"batch-{schema}/notes.jpg";
        await fixture.S3.PutAsync(Bucket, image, Images.Jpeg(90, 90));
        await fixture.S3.PutAsync(Bucket, text, "plain text, not an image"u8.ToArray());

        var result = await fixture.Pipeline.Thumbnail.InvokeAsync(Batch(schema, (Bucket, image), (Bucket, text), ("no-such-bucket", "x.jpg")));

        Assert.True(result.Succeeded, result.ErrorMessage);
        using var response = JsonDocument.Parse(result.Payload.ToArray());
        Assert.Equal(schema, response.RootElement.GetProperty("invocationSchemaVersion").GetString());
        var codes = response.RootElement.GetProperty("results").EnumerateArray().Select(r => (r.GetProperty("taskId").GetString(), r.GetProperty("resultCode").GetString()));
        Assert.Equal([("t0", "Succeeded"), ("t1", "PermanentFailure"), ("t2", "TemporaryFailure")], codes);
        Assert.NotNull(await fixture.S3.GetBytesAsync("thumbnails", "large/" + image));
    }

    private static string Notification(string eventName, string bucket, string key) =>
        Encoding.UTF8.GetString(Payloads.S3(eventName, [key], "unknown-etag")).Replace("\"uploads\"", $"\"{bucket}\"", StringComparison.Ordinal)
            .Replace("arn:aws:s3:::uploads", $"arn:aws:s3:::{bucket}", StringComparison.Ordinal);

    private static string Sqs(params (string Id, string Body)[] messages) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["Records"] = messages.Select(m => new Dictionary<string, string> { ["messageId"] = m.Id, ["body"] = m.Body, ["eventSource"] = "aws:sqs" }),
    });

    private static byte[] EventBridge(string detailType, string key) => Encoding.UTF8.GetBytes(
        "{\"version\":\"0\",\"id\":\"17793124-05d4-b198-2fde-7ededc63b103\",\"detail-type\":\"" + detailType + "\",\"source\":\"aws.s3\","
        + "\"account\":\"123456789012\",\"time\":\"2026-11-28T12:00:00Z\",\"region\":\"us-east-1\",\"resources\":[\"arn:aws:s3:::" + Bucket + "\"],"
        + "\"detail\":{\"version\":\"0\",\"bucket\":{\"name\":\"" + Bucket + "\"},\"object\":{\"key\":\"" + WebUtility.UrlEncode(key) + "\",\"size\":10,\"sequencer\":\"00617F08299329D189\"},"
        + "\"request-id\":\"N4N7GDK58NMKJ12R\",\"requester\":\"123456789012\",\"reason\":\"" + (detailType == "Object Created" ? "PutObject" : "DeleteObject") + "\"}}");

    private static byte[] Batch(string schema, params (string Bucket, string Key)[] tasks)
    {
        var items = tasks.Select((t, i) => schema == "1.0"
            ? $"{{\"taskId\":\"t{i}\",\"s3Key\":\"{WebUtility.UrlEncode(t.Key)}\",\"s3VersionId\":null,\"s3BucketArn\":\"arn:aws:s3:::{t.Bucket}\"}}"
            : $"{{\"taskId\":\"t{i}\",\"s3Bucket\":\"{t.Bucket}\",\"s3Key\":\"{WebUtility.UrlEncode(t.Key)}\",\"s3VersionId\":null}}");
        var job = schema == "1.0" ? "{\"id\":\"job-1\"}" : "{\"id\":\"job-1\",\"userArguments\":{}}";
        return Encoding.UTF8.GetBytes($"{{\"invocationSchemaVersion\":\"{schema}\",\"invocationId\":\"inv-1\",\"job\":{job},\"tasks\":[{string.Join(',', items)}]}}");
    }
}
