using ThumbnailService.EndToEnd.Tests.Infrastructure;
using ThumbnailService.Local.Emulator;
using Xunit.Abstractions;

namespace ThumbnailService.EndToEnd.Tests.Reliability;

/// <summary>
/// Faults between the function and S3. Each rule faults as many consecutive matching requests as the SDK attempts
/// (<see cref="SdkAttempts"/>: standard retry mode), so the invocation fails, reports the error before its deadline, and the
/// platform's retry (LocalPipeline) succeeds with complete, current thumbnails.
/// </summary>
public sealed class S3FaultTests(FaultFixture fixture, ITestOutputHelper output) : IClassFixture<FaultFixture>
{
    /// <summary>The AWS SDK's own attempts per request (standard retry mode: 1 + 2 retries) for 5xx and connection resets.</summary>
    private const int SdkAttempts = 3;

    /// <summary>Requests one invocation makes for a GET or HEAD whose connection is reset every time (measured: 39 over 3 invocations; PUT: 3).</summary>
    private const int ResetAttemptsIdempotent = 13;

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

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Fault_ExhaustsSdkRetries_InvocationFailsAndPlatformRetrySucceeds(FaultKind kind, string point)
    {
        var key = $"faults/{kind}/{point.Replace(' ', '-')}/photo.jpg";
        var rule = fixture.Proxy.Add(Rule(kind, point, key));
        await fixture.Pipeline.Thumbnail.InvokeAsync(Payloads.TestEvent);
        var process = fixture.Pipeline.Thumbnail.FunctionProcessId;

        var routed = await fixture.UploadAndWaitAsync(key, Images.Jpeg(200, 100));

        output.WriteLine($"FIGURE {kind} | {point} | injected {rule.Injected} of {rule.Seen} | attempts {routed.Attempts} | final {routed.Result.Status} | {routed.Result.Duration.TotalMilliseconds:0} ms");
        Assert.Equal(rule.Count, rule.Injected);
        Assert.Equal(2, routed.Attempts);
        Assert.True(routed.Result.Succeeded, routed.Result.ErrorMessage);
        Assert.Equal(process, fixture.Pipeline.Thumbnail.FunctionProcessId); // reported before the deadline: no timeout reset the sandbox
        Assert.Contains(fixture.FunctionLog.Lines, l => l.Contains("Invocation failed", StringComparison.Ordinal) && l.Contains("\"level\":\"ERROR\"", StringComparison.Ordinal));
        await AssertThumbnailsCurrentAsync(key);
    }

    [Fact]
    public async Task Fault_FewerThanSdkAttempts_SdkRetriesWithinOneInvocation()
    {
        const string key = "faults/sdk-retry/photo.jpg";
        var rule = fixture.Proxy.Add(new FaultRule("GET", "/uploads/" + key, FaultKind.SlowDown, Count: SdkAttempts - 1));

        var routed = await fixture.UploadAndWaitAsync(key, Images.Jpeg(200, 100));

        Assert.Equal(SdkAttempts - 1, rule.Injected);
        Assert.Equal(1, routed.Attempts);
        Assert.Equal(InvocationStatus.Succeeded, routed.Result.Status);
        await AssertThumbnailsCurrentAsync(key);
    }

    private static FaultRule Rule(FaultKind kind, string point, string key)
    {
        // A slow answer is not retried by the SDK: the deadline token cancels the call. A truncated body is read after the SDK returned.
        var count = kind switch
        {
            FaultKind.Slow or FaultKind.TruncatedBody => 1,
            FaultKind.Reset when point != "PUT first thumbnail" => ResetAttemptsIdempotent,
            _ => SdkAttempts,
        };
        var (method, path) = point switch
        {
            "GET source" => ("GET", "/uploads/" + key),
            "PUT first thumbnail" => ("PUT", "/thumbnails/large/" + key),
            "HEAD thumbnail" => ("HEAD", "/thumbnails/large/" + key),
            _ => ("HEAD", "/uploads/" + key),
        };
        return new FaultRule(method, path, kind, Count: count) { Delay = FaultFixture.FunctionTimeout * 2 };
    }

    private async Task AssertThumbnailsCurrentAsync(string key)
    {
        var source = await fixture.S3.GetObjectMetadataAsync("uploads", key);
        foreach (var (preset, size) in new[] { ("large", (96, 48)), ("small", (24, 24)) })
        {
            var head = await fixture.S3.GetObjectMetadataAsync("thumbnails", $"{preset}/{key}");
            var bytes = (await fixture.S3.GetBytesAsync("thumbnails", $"{preset}/{key}"))!;
            Assert.Equal(head.ContentLength, bytes.Length);
            using var thumbnail = Images.Decode(bytes);
            Assert.Equal(size, (thumbnail.Width, thumbnail.Height));
            Assert.Equal(source.ETag.Trim('"'), head.Metadata["x-amz-meta-source-etag"]);
        }
    }
}
