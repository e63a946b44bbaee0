using System.Net;
using System.Text;
using System.Text.Json;
using ThumbnailService.LambdaRuntime.Client;
using ThumbnailService.LambdaRuntime.Tests.TestDoubles;

namespace ThumbnailService.LambdaRuntime.Tests.Client;

public sealed class RuntimeApiClientTests : IDisposable
{
    private readonly ManualTimeProvider _clock = new();
    private readonly FakeRuntimeApi _api;
    private readonly RuntimeApiClient _client;

    public RuntimeApiClientTests()
    {
        _api = new FakeRuntimeApi(_clock);
        _client = new RuntimeApiClient(_api.Address);
    }

    public void Dispose()
    {
        _client.Dispose();
        _api.Dispose();
    }

    [Fact]
    public async Task GetNextInvocationAsync_LowerCaseHeaders_ReadsEveryField()
    {
        _api.Enqueue("req-1", "{\"a\":1}", traceId: "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1");

        var invocation = await _client.GetNextInvocationAsync(CancellationToken.None);

        Assert.Equal("req-1", invocation.RequestId);
        Assert.Equal("{\"a\":1}", Encoding.UTF8.GetString(invocation.Payload));
        Assert.Equal("arn:aws:lambda:us-east-1:123456789012:function:test", invocation.FunctionArn);
        Assert.StartsWith("Root=1-5bef4de7", invocation.TraceId, StringComparison.Ordinal);
        Assert.Equal(_clock.GetUtcNow().AddSeconds(30).ToUnixTimeMilliseconds(), invocation.DeadlineUnixMs);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("-1700000000000")]
    [InlineData("0")]
    public async Task GetNextInvocationAsync_MissingOrBadDeadline_ThrowsProtocolErrorForThatRequest(string? deadline)
    {
        _api.EnqueueWithDeadlineHeader("req-9", deadline);

        var problem = await Assert.ThrowsAsync<RuntimeApiProtocolException>(() => _client.GetNextInvocationAsync(CancellationToken.None));

        Assert.Equal("req-9", problem.RequestId);
        Assert.Contains("Lambda-Runtime-Deadline-Ms", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetNextInvocationAsync_Status500_ThrowsFatal()
    {
        await Assert.ThrowsAsync<RuntimeApiFatalException>(() => _client.GetNextInvocationAsync(CancellationToken.None));
    }

    [Fact]
    public async Task GetNextInvocationAsync_NobodyListening_ThrowsFatal()
    {
        _api.Dispose();
        await Assert.ThrowsAsync<RuntimeApiFatalException>(() => _client.GetNextInvocationAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData(HttpStatusCode.Accepted, PostOutcome.Accepted)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge, PostOutcome.PayloadTooLarge)]
    [InlineData(HttpStatusCode.BadRequest, PostOutcome.Refused)]
    [InlineData(HttpStatusCode.Forbidden, PostOutcome.Refused)]
    public async Task PostResponseAsync_Status_MapsToOutcome(HttpStatusCode status, PostOutcome expected)
    {
        _api.ResponseStatus = status;

        var outcome = await _client.PostResponseAsync("req-1", "{\"ok\":true}"u8.ToArray(), CancellationToken.None);

        Assert.Equal(expected, outcome);
        var post = Assert.Single(_api.Posts);
        Assert.Equal("/2018-06-01/runtime/invocation/req-1/response", post.Path);
        Assert.Equal("{\"ok\":true}", post.Body);
    }

    [Fact]
    public async Task PostResponseAsync_Status500_ThrowsFatal()
    {
        _api.ResponseStatus = HttpStatusCode.InternalServerError;
        await Assert.ThrowsAsync<RuntimeApiFatalException>(() => _client.PostResponseAsync("req-1", "{}"u8.ToArray(), CancellationToken.None));
    }

    [Fact]
    public async Task PostErrorAsync_Report_SendsLambdaErrorShape()
    {
        var report = ErrorReport.FromException(new InvalidOperationException("boom"), "Function.Unhandled");

        await _client.PostErrorAsync("req-9", report, CancellationToken.None);

        var post = Assert.Single(_api.Posts);
        Assert.Equal("/2018-06-01/runtime/invocation/req-9/error", post.Path);
        Assert.Equal("application/vnd.aws.lambda.error+json", post.Headers["Content-Type"]);
        Assert.Equal("Function.Unhandled", post.Headers["Lambda-Runtime-Function-Error-Type"]);
        using var json = JsonDocument.Parse(post.Body);
        Assert.Equal("boom", json.RootElement.GetProperty("errorMessage").GetString());
        Assert.Equal("InvalidOperationException", json.RootElement.GetProperty("errorType").GetString());
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("stackTrace").ValueKind);
    }

    [Fact]
    public async Task PostInitErrorAsync_Report_PostsToInitError()
    {
        await _client.PostInitErrorAsync(ErrorReport.FromMessage("bad config", "InvalidConfigurationException", "Runtime.InitError"), CancellationToken.None);

        var post = Assert.Single(_api.Posts);
        Assert.Equal("/2018-06-01/runtime/init/error", post.Path);
        Assert.Equal("Runtime.InitError", post.Headers["Lambda-Runtime-Function-Error-Type"]);
    }
}
