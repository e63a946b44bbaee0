namespace ThumbnailService.EndToEnd.Tests.Reliability;

/// <summary>
/// The fault proxy with the ordinary 20 s timeout: what is under test is the SDK's own retries within one invocation,
/// so the deadline must not be what ends it (a cold first invocation on a loaded machine plus the SDK's backoff took
/// more than the 8 s the fault fixture once allowed).
/// </summary>
public sealed class SdkRetryFixture : FaultFixture
{
    protected override TimeSpan Timeout => TimeSpan.FromSeconds(20);
}
