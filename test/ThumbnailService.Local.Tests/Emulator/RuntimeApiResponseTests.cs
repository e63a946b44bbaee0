using System.Net;
using System.Text;
using System.Text.Json;
using ThumbnailService.Local.Emulator;

namespace ThumbnailService.Local.Tests.Emulator;

public sealed class RuntimeApiResponseTests
{
    [Fact]
    public async Task Response_PostedByRuntime_ReturnedByInvokeEndpoint()
    {
        await using var session = await EmulatorSession.StartAsync();
        var invoke = session.InvokeAsync("""{"key":"a.jpg"}""");
        using var next = await session.Runtime.NextAsync();

        using var posted = await session.Runtime.RespondAsync(FakeRuntime.RequestId(next), """{"made":3}""");
        using var invoked = await invoke;

        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, invoked.StatusCode);
        Assert.False(invoked.Headers.Contains(InvokeApi.FunctionErrorHeader));
        Assert.Equal("""{"made":3}""", await invoked.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Error_PostedByRuntime_InvokeAnswers200WithFunctionErrorHeader()
    {
        await using var session = await EmulatorSession.StartAsync();
        var invoke = session.InvokeAsync("{}");
        using var next = await session.Runtime.NextAsync();

        using var posted = await session.Runtime.ErrorAsync(FakeRuntime.RequestId(next), "Thumbnail.DecodeFailed", "bad jpeg");
        using var invoked = await invoke;

        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, invoked.StatusCode);
        Assert.Equal("Unhandled", invoked.Headers.GetValues(InvokeApi.FunctionErrorHeader).Single());
        using var body = JsonDocument.Parse(await invoked.Content.ReadAsStringAsync());
        Assert.Equal("Thumbnail.DecodeFailed", body.RootElement.GetProperty("errorType").GetString());
        Assert.Equal("bad jpeg", body.RootElement.GetProperty("errorMessage").GetString());
        Assert.Equal(1, body.RootElement.GetProperty("stackTrace").GetArrayLength());
    }

    [Fact]
    public async Task Response_UnknownRequestId_Returns400()
    {
        await using var session = await EmulatorSession.StartAsync();

        using var posted = await session.Runtime.RespondAsync("no-such-id", "ok");

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Contains("InvalidRequestID", await posted.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Response_AlreadyAnswered_Returns403()
    {
        await using var session = await EmulatorSession.StartAsync();
        var invoke = session.InvokeAsync("{}");
        using var next = await session.Runtime.NextAsync();
        var id = FakeRuntime.RequestId(next);
        (await session.Runtime.RespondAsync(id, "ok")).Dispose();

        using var again = await session.Runtime.RespondAsync(id, "again");
        using var error = await session.Runtime.ErrorAsync(id, "X.Y", "late");

        Assert.Equal(HttpStatusCode.Forbidden, again.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Equal("ok", await (await invoke).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Response_LargerThan6MiBPlus100_Returns413AndInvocationFails()
    {
        await using var session = await EmulatorSession.StartAsync();
        var invoke = session.Emulator.InvokeAsync("{}"u8.ToArray());
        using var next = await session.Runtime.NextAsync();
        var id = FakeRuntime.RequestId(next);

        using var posted = await session.Runtime.RespondAsync(id, new byte[(6 * 1024 * 1024) + 101]);
        var result = await invoke;
        using var lateError = await session.Runtime.ErrorAsync(id, "X.Y", "after 413");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, posted.StatusCode);
        Assert.Equal(InvocationStatus.FunctionError, result.Status);
        Assert.Equal("Function.ResponseSizeTooLarge", result.ErrorType);
        Assert.Equal(HttpStatusCode.Forbidden, lateError.StatusCode);
    }

    [Fact]
    public async Task Response_Exactly6MiBPlus100_Accepted()
    {
        await using var session = await EmulatorSession.StartAsync();
        var invoke = session.Emulator.InvokeAsync("{}"u8.ToArray());
        using var next = await session.Runtime.NextAsync();

        using var posted = await session.Runtime.RespondAsync(FakeRuntime.RequestId(next), new byte[(6 * 1024 * 1024) + 100]);
        var result = await invoke;

        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        Assert.Equal((6 * 1024 * 1024) + 100, result.Response.Length);
    }

    [Fact]
    public async Task InitError_Posted_InvokeAnswers502AndNextIsRefused()
    {
        await using var session = await EmulatorSession.StartAsync();

        using var posted = await session.Runtime.InitErrorAsync("Runtime.ConfigurationError", "THUMBNAIL_BUCKET is not set");
        using var invoked = await session.InvokeAsync("{}");
        using var next = await session.Runtime.NextAsync();

        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        Assert.Equal(HttpStatusCode.BadGateway, invoked.StatusCode);
        Assert.Contains("THUMBNAIL_BUCKET is not set", await invoked.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, next.StatusCode);
    }

    [Fact]
    public async Task InitError_WhileInvokeWaiting_InvokeAnswers502()
    {
        await using var session = await EmulatorSession.StartAsync();
        var invoke = session.InvokeAsync("{}");
        // START is written by InvokeAsync right before it queues the invocation, with no await in between.
        await session.Log.WaitForLineAsync(line => line.StartsWith("START RequestId:", StringComparison.Ordinal));

        (await session.Runtime.InitErrorAsync("Runtime.ConfigurationError", "boom")).Dispose();
        using var invoked = await invoke;

        Assert.Equal(HttpStatusCode.BadGateway, invoked.StatusCode);
        Assert.Contains("Runtime.ConfigurationError", Encoding.UTF8.GetString(await invoked.Content.ReadAsByteArrayAsync()));
    }
}
