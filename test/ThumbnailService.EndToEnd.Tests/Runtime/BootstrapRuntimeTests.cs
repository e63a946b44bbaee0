using System.Text;
using System.Text.Json;
using ThumbnailService.EndToEnd.Tests.Infrastructure;
using ThumbnailService.Local.Emulator;

namespace ThumbnailService.EndToEnd.Tests.Runtime;

/// <summary>The real published bootstrap under the Runtime API emulator: the runtime's contract, seen from outside.</summary>
public sealed class BootstrapRuntimeTests : IDisposable
{
    private readonly FakeS3 _s3 = new();
    private readonly SynchronizedLog _log = new();

    public void Dispose() => _s3.Dispose();

    [RequiresFact("make")]
    public async Task Invoke_HundredsInARow_AllAnsweredByOneProcess()
    {
        await using var emulator = await Start("thumbnail");

        var results = new List<InvocationResult>();
        for (var i = 0; i < 300; i++)
        {
            results.Add(await emulator.InvokeAsync(Payloads.TestEvent));
        }

        Assert.All(results, r => Assert.Equal(InvocationStatus.Succeeded, r.Status));
        Assert.NotNull(results[0].InitDuration);
        Assert.All(results.Skip(1), r => Assert.Null(r.InitDuration));
        Assert.True(emulator.IsFunctionRunning);
        // Settled: the fake logs a request before answering it, and every invocation has returned.
        Assert.Empty(_s3.Requests);
    }

    [RequiresTheory("make")]
    [InlineData("not json")]
    [InlineData("{\"hello\":\"world\"}")]
    [InlineData("")]
    public async Task Invoke_MalformedThenValid_ErrorSaysWhatArrivedAndLoopContinues(string payload)
    {
        await using var emulator = await Start("cleanup");

        var bad = await emulator.InvokeAsync(Encoding.UTF8.GetBytes(payload));
        var good = await emulator.InvokeAsync(Payloads.TestEvent);

        Assert.Equal(InvocationStatus.FunctionError, bad.Status);
        Assert.Equal("UnrecognizedEventException", bad.ErrorType);
        Assert.Contains(payload.Length == 0 ? "empty payload" : payload, bad.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(InvocationStatus.Succeeded, good.Status);
        Assert.Null(good.InitDuration);
    }

    [RequiresTheory("make")]
    [InlineData("resize", null, "_HANDLER is 'resize': valid values are thumbnail, cleanup.")]
    [InlineData("thumbnail", "THUMBNAIL_BUCKET", "THUMBNAIL_BUCKET is required")]
    [InlineData("thumbnail", "THUMBNAIL_QUALITY", "THUMBNAIL_QUALITY is 'lots'")]
    public async Task Invoke_BadConfiguration_InitErrorAndNonZeroExit(string handler, string? variable, string expected)
    {
        var environment = BootstrapEmulator.Environment(_s3.Endpoint);
        if (variable == "THUMBNAIL_BUCKET")
        {
            environment.Remove(variable);
        }
        else if (variable is not null)
        {
            environment[variable] = "lots";
        }

        await using var emulator = await BootstrapEmulator.StartAsync(handler, environment, log: _log);

        var result = await emulator.InvokeAsync(Payloads.TestEvent);

        Assert.Equal(InvocationStatus.InitFailed, result.Status);
        Assert.Contains(expected, result.ErrorMessage, StringComparison.Ordinal);
        Assert.NotEqual(0, await emulator.WaitForFunctionExitAsync().WaitAsync(HangGuard.Limit));
    }

    /// <summary>
    /// Real time on purpose: the deadline token inside the real bootstrap runs on the real clock. The runtime's safety margin
    /// is 10% of the timeout (at least 0.5 s); a 10 s timeout gives it 1 s to cancel the hung S3 call and post the error,
    /// the slack this test allows a loaded machine (with 3 s it had 0.5 s).
    /// </summary>
    [RequiresFact("make")]
    public async Task Invoke_S3NeverAnswers_CancelledAndReportedBeforeDeadline()
    {
        var timeout = TimeSpan.FromSeconds(10);
        _s3.Hang = true;
        await using var emulator = await Start("thumbnail", timeout);
        await emulator.InvokeAsync(Payloads.TestEvent);

        var result = await emulator.InvokeAsync(Payloads.S3("ObjectCreated:Put", "slow.jpg"));

        Assert.Equal(InvocationStatus.FunctionError, result.Status);
        Assert.Equal("TimeoutException", result.ErrorType);
        Assert.True(result.Duration < timeout, $"reported after {result.Duration}");
        Assert.NotEmpty(_s3.Requests);
        Assert.Equal(InvocationStatus.Succeeded, (await emulator.InvokeAsync(Payloads.TestEvent)).Status);
    }

    [RequiresFact("make")]
    public async Task Invoke_TraceId_ReachesS3RequestsAndChangesPerInvocation()
    {
        await using var emulator = await Start("thumbnail");
        const string first = "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1";
        const string second = "Root=1-6c0f5e08-be5ac1f98f7fd7d98fd3f811;Parent=0b0208b0866b7520;Sampled=0";

        await emulator.InvokeAsync(Payloads.S3("ObjectCreated:Put", "t1.jpg"), new InvokeOptions { TraceId = first });
        var afterFirst = _s3.Requests.Count;
        await emulator.InvokeAsync(Payloads.S3("ObjectCreated:Put", "t2.jpg"), new InvokeOptions { TraceId = second });

        var requests = _s3.Requests.ToArray();
        Assert.All(requests[..afterFirst], r => Assert.Equal(first, r.Headers["X-Amzn-Trace-Id"]));
        Assert.All(requests[afterFirst..], r => Assert.Equal(second, r.Headers["X-Amzn-Trace-Id"]));
    }

    [RequiresFact("make")]
    public async Task Invoke_ResponseOverSixMebibytes_FailsOnlyThatInvocation()
    {
        await using var emulator = await Start("cleanup", TimeSpan.FromSeconds(60));
        // ~3,000 deleted sources whose 1,000-byte non-ASCII keys JSON-escape to ~3 KB each in the summary: over 6 MiB.
        var keys = Enumerable.Range(0, 3200).Select(i => $"gone/{i:D5}/" + new string('é', 490)).ToArray();

        var big = await emulator.InvokeAsync(Payloads.S3("ObjectRemoved:Delete", keys, "e"));
        var next = await emulator.InvokeAsync(Payloads.TestEvent);

        Assert.Equal(InvocationStatus.FunctionError, big.Status);
        Assert.Contains("ResponseSizeTooLarge", big.ErrorType, StringComparison.Ordinal);
        Assert.Equal(InvocationStatus.Succeeded, next.Status);
        Assert.Contains(_log.Lines, line => line.Contains("413", StringComparison.Ordinal));
    }

    [RequiresFact("make")]
    public async Task Invoke_JsonLogFormat_EveryFunctionLineIsJsonWithRequestId()
    {
        await using var emulator = await Start("thumbnail");

        var result = await emulator.InvokeAsync(Payloads.S3("ObjectCreated:Put", "missing.jpg"));

        var summary = _log.Lines.Where(l => l.StartsWith('{')).Select(l => JsonDocument.Parse(l).RootElement)
            .Single(e => e.TryGetProperty("outcome", out _));
        Assert.Equal(result.RequestId, summary.GetProperty("requestId").GetString());
        Assert.Equal("SourceGone", summary.GetProperty("outcome").GetString());
        Assert.Equal("INFO", summary.GetProperty("level").GetString());
        Assert.Contains(_log.Lines, l => l.StartsWith($"REPORT RequestId: {result.RequestId}", StringComparison.Ordinal));
    }

    private Task<RuntimeApiEmulator> Start(string handler, TimeSpan? timeout = null) =>
        BootstrapEmulator.StartAsync(handler, BootstrapEmulator.Environment(_s3.Endpoint), timeout, _log);
}
