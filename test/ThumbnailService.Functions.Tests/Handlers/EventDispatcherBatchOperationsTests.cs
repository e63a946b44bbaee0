using System.Text.Json;
using ThumbnailService.Aws.Events;
using ThumbnailService.Functions.Tests.TestDoubles;

namespace ThumbnailService.Functions.Tests.Handlers;

public sealed class EventDispatcherBatchOperationsTests
{
    private readonly ScriptedSourceHandler _handler = new();
    private readonly RecordingLogger _logger = new();

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task HandleAsync_MixedBatch_OneResultPerTaskInTheResponseContract(string schemaVersion)
    {
        var request = SampleEvents.BatchOperations(schemaVersion, ("t1", "ok.jpg"), ("t2", "reject.jpg"), ("t3", "fail.jpg"), ("t4", "ok+2.jpg"));

        using var response = JsonDocument.Parse(await Dispatch.RunAsync(_handler, _logger, request));

        var root = response.RootElement;
        Assert.Equal(schemaVersion, root.GetProperty("invocationSchemaVersion").GetString());
        Assert.Equal("PermanentFailure", root.GetProperty("treatMissingKeysAs").GetString());
        Assert.Equal("YXNkbGZqYWRmaiBhc2RmdW9hZHNmZGpmaGFzbGtkaGZza2RmaAo", root.GetProperty("invocationId").GetString());
        var results = root.GetProperty("results").EnumerateArray()
            .Select(r => (r.GetProperty("taskId").GetString(), r.GetProperty("resultCode").GetString(), r.GetProperty("resultString").GetString()))
            .ToList();
        Assert.Equal(
            [
                ("t1", "Succeeded", "Created"),
                ("t2", "PermanentFailure", "Rejected: NotAnImage (the content is not a supported image format)"),
                ("t3", "TemporaryFailure", "HttpRequestException: 503 SlowDown"),
                ("t4", "Succeeded", "Created"),
            ],
            results);
        Assert.Equal(["ok.jpg", "reject.jpg", "fail.jpg", "ok 2.jpg"], _handler.Handled);
    }

    [Fact]
    public async Task HandleAsync_UnreadableTask_PermanentFailureSayingWhyOthersStillRun()
    {
        var request = SampleEvents.BatchOperations("2.0", ("t1", "a.jpg"), ("t2", "b.jpg"))
            .Replace("\"s3Key\":\"a.jpg\",\"s3VersionId\":null,\"s3Bucket\":\"uploads\"", "\"s3Key\":\"a.jpg\"", StringComparison.Ordinal);

        using var response = JsonDocument.Parse(await Dispatch.RunAsync(_handler, _logger, request));

        var results = response.RootElement.GetProperty("results");
        Assert.Equal(2, results.GetArrayLength());
        Assert.Equal("PermanentFailure", results[0].GetProperty("resultCode").GetString());
        Assert.Contains("names no bucket", results[0].GetProperty("resultString").GetString(), StringComparison.Ordinal);
        Assert.Equal("Succeeded", results[1].GetProperty("resultCode").GetString());
        Assert.Equal(["b.jpg"], _handler.Handled);
    }

    [Fact]
    public async Task HandleAsync_LongFaultMessage_ResultStringShortened()
    {
        var handler = new ThrowingSourceHandler(new InvalidOperationException(new string('x', 5000)));

        using var response = JsonDocument.Parse(await Dispatch.RunAsync(handler, _logger, SampleEvents.BatchOperations("1.0", ("t1", "a.jpg"))));

        var resultString = response.RootElement.GetProperty("results")[0].GetProperty("resultString").GetString()!;
        Assert.True(resultString.Length <= 256, $"{resultString.Length} characters");
        Assert.EndsWith("...", resultString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_EventBridgeDeleted_HandledAsRemovedAndSummarised()
    {
        using var response = JsonDocument.Parse(await Dispatch.RunAsync(_handler, _logger, SampleEvents.EventBridge("Object Deleted", "a+b.jpg", "DeleteObject", "Permanently Deleted")));

        Assert.Equal("eventbridge", response.RootElement.GetProperty("route").GetString());
        var sourceEvent = Assert.Single(_handler.Events);
        Assert.Equal(EventKind.Removed, sourceEvent.Kind);
        Assert.Equal("ObjectRemoved:Delete", sourceEvent.EventName);
        Assert.Equal("a b.jpg", Assert.Single(response.RootElement.GetProperty("results").EnumerateArray()).GetProperty("key").GetString());
    }

    [Fact]
    public async Task HandleAsync_EventBridgeFault_FailsTheInvocation()
    {
        await Assert.ThrowsAsync<HttpRequestException>(() => Dispatch.RunAsync(_handler, _logger, SampleEvents.EventBridge("Object Created", "fail.jpg")));
    }
}
