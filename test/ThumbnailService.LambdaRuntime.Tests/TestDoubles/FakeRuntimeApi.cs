using System.Collections.Concurrent;
using System.Net;
using ThumbnailService.TestSupport.Http;

namespace ThumbnailService.LambdaRuntime.Tests.TestDoubles;

/// <summary>
/// A loopback Runtime API: hands out queued invocations on `next` (then answers 500 so the loop ends), records every post
/// with the time <paramref name="clock"/> shows when it arrives, and answers posts with a chosen status. Deadlines are
/// <paramref name="clock"/>'s time at <c>Enqueue</c> plus the timeout.
/// </summary>
internal sealed class FakeRuntimeApi(TimeProvider clock) : LoopbackHttpServer
{
    public const string NextPath = "/2018-06-01/runtime/invocation/next";
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);
    private readonly ConcurrentQueue<FakeInvocation> _invocations = new();

    public ConcurrentQueue<RecordedPost> Posts { get; } = new();
    public HttpStatusCode ResponseStatus { get; set; } = HttpStatusCode.Accepted;
    public HttpStatusCode ErrorStatus { get; set; } = HttpStatusCode.Accepted;

    public void Enqueue(string requestId, string payload = "{}", string? traceId = null, TimeSpan? timeout = null) =>
        _invocations.Enqueue(FakeInvocation.Create(requestId, clock.GetUtcNow() + (timeout ?? DefaultTimeout), payload, traceId));

    /// <summary>Queues an invocation whose deadline header is <paramref name="deadline"/> as written, or absent when null.</summary>
    public void EnqueueWithDeadlineHeader(string requestId, string? deadline) =>
        _invocations.Enqueue(FakeInvocation.WithDeadlineHeader(requestId, deadline));

    protected override async Task AnswerAsync(RecordedRequest request, HttpListenerResponse response)
    {
        if (request.Method == "GET" && request.Path == NextPath)
        {
            if (_invocations.TryDequeue(out var invocation))
            {
                foreach (var (name, value) in invocation.Headers)
                {
                    response.AddHeader(name, value);
                }

                await WriteAsync(response, HttpStatusCode.OK, invocation.Payload);
                return;
            }

            await WriteAsync(response, HttpStatusCode.InternalServerError, "{}");
            return;
        }

        Posts.Enqueue(new RecordedPost(request.Path, request.Headers, request.BodyText, clock.GetUtcNow()));
        var status = request.Path.EndsWith("/response", StringComparison.Ordinal) ? ResponseStatus : ErrorStatus;
        await WriteAsync(response, status, "{}");
    }
}
