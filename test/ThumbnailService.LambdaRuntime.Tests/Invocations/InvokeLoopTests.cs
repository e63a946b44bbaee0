using System.Net;
using System.Text;
using System.Text.Json;
using ThumbnailService.LambdaRuntime.Client;
using ThumbnailService.LambdaRuntime.Invocations;
using ThumbnailService.LambdaRuntime.Tests.TestDoubles;

namespace ThumbnailService.LambdaRuntime.Tests.Invocations;

// The loop changes the process-wide _X_AMZN_TRACE_ID: these tests must not run in parallel with each other.
[Collection(nameof(ProcessEnvironmentCollection))]
public sealed class InvokeLoopTests : IDisposable
{
    private static readonly TimeSpan SafetyMargin = TimeSpan.FromMilliseconds(500);
    private readonly ManualTimeProvider _clock = new();
    private readonly FakeRuntimeApi _api;
    private readonly RuntimeApiClient _client;
    private readonly RecordingLogger _logger = new();

    public InvokeLoopTests()
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
    public async Task RunAsync_ManyInvocations_AnswersEachThenExitsOn500()
    {
        for (var i = 0; i < 50; i++)
        {
            _api.Enqueue($"req-{i}", $"{{\"n\":{i}}}");
        }

        await Assert.ThrowsAsync<RuntimeApiFatalException>(() => Loop(Echo).RunAsync(CancellationToken.None));

        var posts = _api.Posts.ToArray();
        Assert.Equal(50, posts.Length);
        Assert.All(posts.Select((post, i) => (post, i)), p =>
        {
            Assert.Equal($"/2018-06-01/runtime/invocation/req-{p.i}/response", p.post.Path);
            Assert.Equal($"{{\"n\":{p.i}}}", p.post.Body);
        });
    }

    [Fact]
    public async Task RunAsync_DeadlineHeaderMissing_ReportsThatInvocationWithoutRunningItAndContinues()
    {
        _api.EnqueueWithDeadlineHeader("no-deadline", null);
        _api.Enqueue("good", "{\"n\":1}");
        var ran = new List<string>();
        InvocationHandler handler = (payload, context, _) =>
        {
            ran.Add(context.RequestId);
            return Task.FromResult(payload);
        };

        await Assert.ThrowsAsync<RuntimeApiFatalException>(() => Loop(handler).RunAsync(CancellationToken.None));

        var posts = _api.Posts.ToArray();
        Assert.Equal(["/2018-06-01/runtime/invocation/no-deadline/error", "/2018-06-01/runtime/invocation/good/response"], posts.Select(p => p.Path));
        Assert.Equal("Runtime.InvalidHeader", posts[0].Headers["Lambda-Runtime-Function-Error-Type"]);
        Assert.Contains("Lambda-Runtime-Deadline-Ms", JsonDocument.Parse(posts[0].Body).RootElement.GetProperty("errorMessage").GetString(), StringComparison.Ordinal);
        Assert.Equal(["good"], ran);
    }

    [Fact]
    public async Task RunAsync_HandlerThrows_PostsErrorAndContinues()
    {
        _api.Enqueue("bad", "{\"fail\":true}");
        _api.Enqueue("good", "{\"fail\":false}");
        InvocationHandler handler = (payload, _, _) => Encoding.UTF8.GetString(payload.Span).Contains("true", StringComparison.Ordinal)
            ? throw new InvalidDataException("cannot read this")
            : Task.FromResult<ReadOnlyMemory<byte>>("\"fine\""u8.ToArray());

        await Assert.ThrowsAsync<RuntimeApiFatalException>(() => Loop(handler).RunAsync(CancellationToken.None));

        var posts = _api.Posts.ToArray();
        Assert.Equal(["/2018-06-01/runtime/invocation/bad/error", "/2018-06-01/runtime/invocation/good/response"], posts.Select(p => p.Path));
        Assert.Equal("Function.Unhandled", posts[0].Headers["Lambda-Runtime-Function-Error-Type"]);
        using var error = JsonDocument.Parse(posts[0].Body);
        Assert.Equal("InvalidDataException", error.RootElement.GetProperty("errorType").GetString());
        Assert.Equal("cannot read this", error.RootElement.GetProperty("errorMessage").GetString());
    }

    [Fact]
    public async Task RunAsync_ResponseTooLarge_DoesNotPostError()
    {
        _api.ResponseStatus = HttpStatusCode.RequestEntityTooLarge;
        _api.Enqueue("big");
        _api.Enqueue("next");

        await Assert.ThrowsAsync<RuntimeApiFatalException>(() => Loop(Echo).RunAsync(CancellationToken.None));

        Assert.Equal(["/2018-06-01/runtime/invocation/big/response", "/2018-06-01/runtime/invocation/next/response"], _api.Posts.Select(p => p.Path));
        Assert.Contains(_logger.Lines, line => line.Message.Contains("413", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_ErrorPostRefused_LogsAndContinues()
    {
        _api.ErrorStatus = HttpStatusCode.Forbidden;
        _api.Enqueue("a");
        _api.Enqueue("b");
        InvocationHandler failing = (_, _, _) => throw new InvalidOperationException("no");

        await Assert.ThrowsAsync<RuntimeApiFatalException>(() => Loop(failing).RunAsync(CancellationToken.None));

        Assert.Equal(2, _api.Posts.Count);
        Assert.Contains(_logger.Lines, line => line.Message.Contains("refused", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_DeadlineNear_CancelsHandlerAndReportsBeforeDeadline()
    {
        // The deadline is 2 s away on the manual clock; the handler's token must fire exactly at deadline - margin (1.5 s).
        _api.Enqueue("slow", timeout: TimeSpan.FromSeconds(2));
        var deadline = _clock.GetUtcNow().AddSeconds(2);
        var started = new TaskCompletionSource<CancellationToken>(TaskCreationOptions.RunContinuationsAsynchronously);
        var observedCancellation = false;
        InvocationHandler slow = async (_, _, token) =>
        {
            started.SetResult(token);
            try
            {
                await Task.Delay(Timeout.Infinite, token);
            }
            catch (OperationCanceledException)
            {
                observedCancellation = true;
                throw;
            }

            return ReadOnlyMemory<byte>.Empty;
        };

        var running = Loop(slow).RunAsync(CancellationToken.None);
        var token = await started.Task.WaitAsync(HangGuard.Limit);
        _clock.Advance(TimeSpan.FromSeconds(2) - SafetyMargin - TimeSpan.FromTicks(1));
        Assert.False(token.IsCancellationRequested, "the handler's token fired before deadline - margin");
        _clock.Advance(TimeSpan.FromTicks(1));
        Assert.True(token.IsCancellationRequested, "the handler's token did not fire at deadline - margin");
        await Assert.ThrowsAsync<RuntimeApiFatalException>(() => running.WaitAsync(HangGuard.Limit));

        Assert.True(observedCancellation);
        var post = Assert.Single(_api.Posts);
        Assert.Equal("/2018-06-01/runtime/invocation/slow/error", post.Path);
        Assert.Equal("Function.Timeout", post.Headers["Lambda-Runtime-Function-Error-Type"]);
        Assert.True(post.ReceivedAt < deadline, $"error posted at {post.ReceivedAt:O}, deadline {deadline:O}");
    }

    [Fact]
    public async Task RunAsync_TraceHeader_SetsVariableAndClearsItWhenAbsent()
    {
        const string trace = "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1";
        _api.Enqueue("traced", traceId: trace);
        _api.Enqueue("untraced");
        var seen = new List<string?>();
        InvocationHandler record = (_, context, _) =>
        {
            seen.Add(Environment.GetEnvironmentVariable("_X_AMZN_TRACE_ID"));
            Assert.Equal(context.TraceId, seen[^1]);
            return Task.FromResult<ReadOnlyMemory<byte>>("{}"u8.ToArray());
        };

        await Assert.ThrowsAsync<RuntimeApiFatalException>(() => Loop(record).RunAsync(CancellationToken.None));

        Assert.Equal([trace, null], seen);
    }

    [Fact]
    public async Task RunAsync_OutOfMemoryInHandler_PostsErrorThenExits()
    {
        _api.Enqueue("oom");
        _api.Enqueue("never");
        InvocationHandler oom = (_, _, _) => throw new OutOfMemoryException("simulated");

        var fatal = await Assert.ThrowsAsync<RuntimeApiFatalException>(() => Loop(oom).RunAsync(CancellationToken.None));

        Assert.IsType<OutOfMemoryException>(fatal.InnerException);
        var post = Assert.Single(_api.Posts);
        Assert.Equal("/2018-06-01/runtime/invocation/oom/error", post.Path);
    }

    private static Task<ReadOnlyMemory<byte>> Echo(ReadOnlyMemory<byte> payload, InvocationContext context, CancellationToken token) =>
        Task.FromResult(payload);

    private InvokeLoop Loop(InvocationHandler handler) =>
        new(_client, handler, _logger, new InvokeLoopOptions { DeadlineSafetyMargin = SafetyMargin }, _clock);
}
