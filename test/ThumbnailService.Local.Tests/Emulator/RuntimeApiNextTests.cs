using ThumbnailService.LambdaRuntime.Client;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ThumbnailService.Local.Emulator;

namespace ThumbnailService.Local.Tests.Emulator;

public sealed class RuntimeApiNextTests
{
    [Fact]
    public async Task Next_NothingQueued_BlocksUntilInvoke()
    {
        await using var session = await EmulatorSession.StartAsync();
        var first = session.Runtime.NextAsync();
        var second = session.Runtime.NextAsync();

        // One of the two is refused because the other is already waiting: that answer proves the other is parked.
        var answered = await Task.WhenAny(first, second).WaitAsync(HangGuard.Limit);
        var next = answered == first ? second : first;
        using (var refused = await answered)
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("already waiting", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.False(next.IsCompleted);

        var invoke = session.InvokeAsync("""{"n":1}""");
        using var response = await next.WaitAsync(HangGuard.Limit);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"n":1}""", await response.Content.ReadAsStringAsync());
        await session.Runtime.RespondAsync(FakeRuntime.RequestId(response), "ok");
        (await invoke).Dispose();
    }

    [Fact]
    public async Task Next_InvocationQueued_SendsLambdaHeadersAndDeadline()
    {
        await using var session = await EmulatorSession.StartAsync(o => o with { Timeout = TimeSpan.FromSeconds(7) });
        var invoke = session.InvokeAsync("{}");

        using var next = await session.Runtime.NextAsync();
        var now = session.Clock.GetUtcNow().ToUnixTimeMilliseconds();

        var headers = next.Headers;
        Assert.True(Guid.TryParse(FakeRuntime.RequestId(next), out _));
        var deadline = long.Parse(headers.GetValues(RuntimeApiHeaders.DeadlineMs).Single(), CultureInfo.InvariantCulture);
        Assert.Equal(7_000, deadline - now);
        Assert.Equal("arn:aws:lambda:us-east-1:012345678912:function:thumbs", headers.GetValues(RuntimeApiHeaders.InvokedFunctionArn).Single());
        Assert.Matches(
            new Regex("^Root=1-[0-9a-f]{8}-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=0$"),
            headers.GetValues(RuntimeApiHeaders.TraceId).Single());
        Assert.False(headers.Contains(RuntimeApiHeaders.ClientContext));

        await session.Runtime.RespondAsync(FakeRuntime.RequestId(next), "ok");
        (await invoke).Dispose();
    }

    [Fact]
    public async Task Next_InvokerSentTraceAndClientContext_PassedToRuntime()
    {
        await using var session = await EmulatorSession.StartAsync();
        const string trace = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1";
        var invoke = session.Emulator.InvokeAsync(
            "{}"u8.ToArray(),
            new InvokeOptions { TraceId = trace, ClientContext = """{"custom":{"a":"b"}}""", CognitoIdentity = """{"cognitoIdentityId":"x"}""" });

        using var next = await session.Runtime.NextAsync();

        Assert.Equal(trace, next.Headers.GetValues(RuntimeApiHeaders.TraceId).Single());
        Assert.Equal("""{"custom":{"a":"b"}}""", next.Headers.GetValues(RuntimeApiHeaders.ClientContext).Single());
        Assert.Equal("""{"cognitoIdentityId":"x"}""", next.Headers.GetValues(RuntimeApiHeaders.CognitoIdentity).Single());
        await session.Runtime.RespondAsync(FakeRuntime.RequestId(next), "ok");
        Assert.True((await invoke).Succeeded);
    }

    [Fact]
    public async Task Next_WhileInvocationInFlight_Returns403()
    {
        await using var session = await EmulatorSession.StartAsync();
        var invoke = session.InvokeAsync("{}");
        using var first = await session.Runtime.NextAsync();

        using var second = await session.Runtime.NextAsync();

        Assert.Equal(HttpStatusCode.Forbidden, second.StatusCode);
        Assert.Contains("InvalidStateTransition", await second.Content.ReadAsStringAsync());
        await session.Runtime.RespondAsync(FakeRuntime.RequestId(first), "ok");
        (await invoke).Dispose();
    }

    [Fact]
    public async Task FailNextRuntimeApiCall_Set_NextCallAnswers500ThenRecovers()
    {
        await using var session = await EmulatorSession.StartAsync();
        session.Emulator.FailNextRuntimeApiCall();

        using var failed = await session.Runtime.NextAsync();
        var invoke = session.InvokeAsync("{}");
        using var next = await session.Runtime.NextAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        await session.Runtime.RespondAsync(FakeRuntime.RequestId(next), "ok");
        (await invoke).Dispose();
    }
}
