using ThumbnailService.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ThumbnailService.EndToEnd.Tests.Reliability;

/// <summary>
/// Faults between the function and S3. Every matching request is faulted until the function reports its failure, so the
/// SDK's own retries (standard mode) are exhausted whatever its retry quota holds; the error is reported before the deadline
/// and the platform's retry (LocalPipeline) succeeds with complete, current thumbnails.
/// </summary>
public sealed class S3FaultTests(FaultFixture fixture, ITestOutputHelper output) : IClassFixture<FaultFixture>
{
    public static TheoryData<FaultKind, string> Matrix()
    {
        var data = new TheoryData<FaultKind, string>();
        foreach (var kind in new[] { FaultKind.SlowDown, FaultKind.InternalError, FaultKind.Reset, FaultKind.Slow })
        {
            foreach (var point in new[] { "GET source", "PUT first thumbnail", "HEAD thumbnail", "HEAD source after writing" })
            {
                data.Add(kind, point);
            }
        }

        data.Add(FaultKind.TruncatedBody, "GET source");
        return data;
    }

    [RequiresTheory("node", "make")]
    [MemberData(nameof(Matrix))]
    public async Task Fault_UntilInvocationFails_PlatformRetrySucceedsWithCurrentThumbnails(FaultKind kind, string point)
    {
        var key = $"faults/{kind}/{point.Replace(' ', '-')}/photo.jpg";
        await fixture.Pipeline.Thumbnail.InvokeAsync(Payloads.TestEvent);
        var process = fixture.Pipeline.Thumbnail.FunctionProcessId;
        var failuresBefore = Failures();
        var (method, path) = Target(point, key);
        var rule = fixture.Proxy.Add(new FaultRule(method, path, kind, Count: int.MaxValue)
        {
            Delay = FaultFixture.FunctionTimeout * 2,
            Until = () => Failures() > failuresBefore,
        });

        var routed = await fixture.UploadAndWaitAsync(key, Images.Jpeg(200, 100));

        output.WriteLine($"FIGURE {kind} | {point} | faulted {rule.Injected} | invocations {routed.Attempts} | final {routed.Result.Status}");
        Assert.InRange(rule.Injected, 1, 20);
        Assert.Equal(2, routed.Attempts);
        Assert.True(routed.Result.Succeeded, routed.Result.ErrorMessage);
        Assert.True( // reported before the deadline: no timeout reset the sandbox
            process == fixture.Pipeline.Thumbnail.FunctionProcessId,
            $"the sandbox was replaced: the failure was not reported before the deadline. Function log: {string.Join(" / ", fixture.FunctionLog.Lines.TakeLast(6))}");
        await FaultAssertions.ThumbnailsCurrentAsync(fixture, key);
        LogSecrets.AssertClean(fixture.FunctionLog.Lines, HostileInputFixture.SecretKey); // error reports carry SDK messages
    }

    private int Failures() => fixture.FunctionLog.Lines.Count(l => l.Contains("\"level\":\"ERROR\"", StringComparison.Ordinal) && l.Contains("Invocation failed", StringComparison.Ordinal));

    private static (string Method, string Path) Target(string point, string key) => point switch
    {
        "GET source" => ("GET", "/uploads/" + key),
        "PUT first thumbnail" => ("PUT", "/thumbnails/large/" + key),
        "HEAD thumbnail" => ("HEAD", "/thumbnails/large/" + key),
        _ => ("HEAD", "/uploads/" + key),
    };
}
