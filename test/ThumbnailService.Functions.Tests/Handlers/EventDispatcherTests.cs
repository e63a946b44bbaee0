using System.Text.Json;
using ThumbnailService.Aws.Events;
using ThumbnailService.Functions.Tests.TestDoubles;

namespace ThumbnailService.Functions.Tests.Handlers;

public sealed class EventDispatcherTests
{
    private readonly ScriptedSourceHandler _handler = new();
    private readonly RecordingLogger _logger = new();

    [Fact]
    public async Task HandleAsync_SqsBatchWithOneFailure_NamesOnlyThatMessage()
    {
        var batch = SampleEvents.Sqs(
            ("m1", SampleEvents.S3("ObjectCreated:Put", "ok-1.jpg")),
            ("m2", SampleEvents.S3("ObjectCreated:Put", "fail.jpg")),
            ("m3", "{\"Event\":\"s3:TestEvent\"}"),
            ("m4", "garbage"),
            ("m5", SampleEvents.S3("ObjectCreated:Put", "ok-2.jpg")));

        using var response = JsonDocument.Parse(await Dispatch(batch));

        var failures = response.RootElement.GetProperty("batchItemFailures").EnumerateArray().Select(f => f.GetProperty("itemIdentifier").GetString());
        Assert.Equal(["m2", "m4"], failures);
        Assert.Equal(["ok-1.jpg", "fail.jpg", "ok-2.jpg"], _handler.Handled);
    }

    [Fact]
    public async Task HandleAsync_DirectS3Failure_FailsTheInvocation()
    {
        await Assert.ThrowsAsync<HttpRequestException>(() => Dispatch(SampleEvents.S3("ObjectCreated:Put", "fail.jpg")));
    }

    [Fact]
    public async Task HandleAsync_TestEvent_AcknowledgedWithoutHandling()
    {
        using var response = JsonDocument.Parse(await Dispatch("{\"Event\":\"s3:TestEvent\",\"Bucket\":\"uploads\"}"));

        Assert.Equal("test", response.RootElement.GetProperty("route").GetString());
        Assert.Empty(_handler.Handled);
    }

    [Fact]
    public async Task HandleAsync_DirectS3_ReturnsSummaryPerSource()
    {
        using var response = JsonDocument.Parse(await Dispatch(SampleEvents.S3("ObjectCreated:Put", "a+b.jpg")));

        var result = Assert.Single(response.RootElement.GetProperty("results").EnumerateArray());
        Assert.Equal("a b.jpg", result.GetProperty("key").GetString());
        Assert.Equal("Created", result.GetProperty("outcome").GetString());
    }

    private Task<string> Dispatch(string payload) => TestDoubles.Dispatch.RunAsync(_handler, _logger, payload);
}
