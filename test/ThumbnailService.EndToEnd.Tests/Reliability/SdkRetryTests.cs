using ThumbnailService.EndToEnd.Tests.Infrastructure;
using ThumbnailService.Local.Emulator;

namespace ThumbnailService.EndToEnd.Tests.Reliability;

/// <summary>
/// The AWS SDK retries 5xx itself (standard mode: 3 attempts, from a retry quota that a run of failures drains, hence a fresh
/// process here): fewer consecutive faults than its attempts are absorbed within one invocation.
/// </summary>
public sealed class SdkRetryTests(SdkRetryFixture fixture) : IClassFixture<SdkRetryFixture>
{
    [RequiresTheory("node", "make")]
    [InlineData(FaultKind.SlowDown, "GET", "/uploads/")]
    [InlineData(FaultKind.InternalError, "PUT", "/thumbnails/large/")]
    public async Task Fault_FewerThanSdkAttempts_AbsorbedWithinOneInvocation(FaultKind kind, string method, string prefix)
    {
        var key = $"faults/sdk-retry/{kind}.jpg";
        var rule = fixture.Proxy.Add(new FaultRule(method, prefix + key, kind, Count: 2));

        var routed = await fixture.UploadAndWaitAsync(key, Images.Jpeg(200, 100));

        Assert.Equal(2, rule.Injected);
        Assert.Equal(1, routed.Attempts);
        Assert.Equal(InvocationStatus.Succeeded, routed.Result.Status);
        await FaultAssertions.ThumbnailsCurrentAsync(fixture, key);
    }
}
