using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ThumbnailService.Local.Emulator;

namespace ThumbnailService.Local.Tests.Emulator;

public sealed class RuntimeApiTimeoutTests
{
    [Fact]
    public async Task Invoke_NoResponseBeforeDeadline_FailsWithSandboxTimedout()
    {
        await using var session = await EmulatorSession.StartAsync(o => o with { Timeout = TimeSpan.FromSeconds(1) });
        var invoke = session.InvokeAsync("{}");
        using var next = await session.Runtime.NextAsync();

        session.Clock.Advance(TimeSpan.FromSeconds(1));
        using var invoked = await invoke.WaitAsync(HangGuard.Limit);
        using var late = await session.Runtime.ErrorAsync(FakeRuntime.RequestId(next), "X.Y", "too late");

        Assert.Equal(HttpStatusCode.OK, invoked.StatusCode);
        Assert.Equal("Unhandled", invoked.Headers.GetValues(InvokeApi.FunctionErrorHeader).Single());
        using var body = JsonDocument.Parse(await invoked.Content.ReadAsStringAsync());
        Assert.Equal("Sandbox.Timedout", body.RootElement.GetProperty("errorType").GetString());
        Assert.Equal("Task timed out after 1.00 seconds", body.RootElement.GetProperty("errorMessage").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, late.StatusCode);
    }

    [Fact]
    public async Task InvokeAsync_TimedOut_ResultCarriesTimeoutAndDuration()
    {
        await using var session = await EmulatorSession.StartAsync(o => o with { Timeout = TimeSpan.FromMilliseconds(500) });
        var invoke = session.Emulator.InvokeAsync("{}"u8.ToArray());
        using var next = await session.Runtime.NextAsync();

        session.Clock.Advance(TimeSpan.FromMilliseconds(500));
        var result = await invoke.WaitAsync(HangGuard.Limit);

        Assert.Equal(InvocationStatus.TimedOut, result.Status);
        Assert.Equal("Sandbox.Timedout", result.ErrorType);
        Assert.Equal(TimeSpan.FromMilliseconds(500), result.Duration);
        Assert.Contains($"{result.RequestId} Task timed out after 0.50 seconds", session.Log.ToString());
    }

    [Fact]
    public async Task InvokeAsync_TwoInvokes_LogsStartEndAndReportWithInitDurationOnlyFirst()
    {
        await using var session = await EmulatorSession.StartAsync();
        var ids = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            var invoke = session.Emulator.InvokeAsync("{}"u8.ToArray());
            using var next = await session.Runtime.NextAsync();
            ids.Add(FakeRuntime.RequestId(next));
            (await session.Runtime.RespondAsync(ids[^1], "ok")).Dispose();
            await invoke;
        }

        var lines = session.Log.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(6, lines.Length);
        Assert.Equal($"START RequestId: {ids[0]} Version: $LATEST", lines[0]);
        Assert.Equal($"END RequestId: {ids[0]}", lines[1]);
        Assert.Matches(
            new Regex($@"^REPORT RequestId: {ids[0]}\tInit Duration: \d+\.\d\d ms\tDuration: \d+\.\d\d ms\tBilled Duration: \d+ ms\tMemory Size: 256 MB\tMax Memory Used: \d+ MB$"),
            lines[2]);
        Assert.Matches(
            new Regex($@"^REPORT RequestId: {ids[1]}\tDuration: \d+\.\d\d ms\tBilled Duration: \d+ ms\tMemory Size: 256 MB\tMax Memory Used: \d+ MB$"),
            lines[5]);
    }
}
