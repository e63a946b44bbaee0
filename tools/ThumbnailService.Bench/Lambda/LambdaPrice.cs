namespace ThumbnailService.Bench.Lambda;

/// <summary>
/// Lambda's on-demand price for one architecture and region (first duration tier, free tier left out), and the billing
/// arithmetic: duration rounded up to 1 ms, GB-seconds = memory (MB / 1024) x billed seconds, plus one request each.
/// </summary>
internal sealed record LambdaPrice(double UsdPerGbSecond, double UsdPerRequest, string Architecture, string Region, string AsOf, string Source)
{
    /// <summary>
    /// x86_64, US East (N. Virginia), first 6 billion GB-seconds a month: $0.0000166667 per GB-second and $0.20 per
    /// million requests; looked up on 2026-12-04 (the figures unchanged since 1 ms billing began in December 2020).
    /// </summary>
    public static LambdaPrice X86UsEast1 { get; } = new(
        0.0000166667,
        0.20 / 1_000_000,
        "x86_64",
        "us-east-1",
        "2026-12-04",
        "https://aws.amazon.com/lambda/pricing/ (and docs.aws.amazon.com/whitepapers/latest/how-aws-pricing-works/lambda.html)");

    /// <summary>Lambda bills duration rounded up to the next whole millisecond.</summary>
    public static double BilledMs(double durationMs) => Math.Ceiling(durationMs);

    public static double GbSeconds(double billedMs, int memoryMb) => billedMs / 1000 * (memoryMb / 1024.0);

    /// <summary>USD for one invocation billed <paramref name="billedMs"/> at <paramref name="memoryMb"/>: duration plus request.</summary>
    public double UsdPerInvocation(double billedMs, int memoryMb) => GbSeconds(billedMs, memoryMb) * UsdPerGbSecond + UsdPerRequest;

    public string Describe() =>
        FormattableString.Invariant(
            $"{Architecture} {Region}: ${UsdPerGbSecond:0.0000000000} per GB-second, ${UsdPerRequest * 1_000_000:0.00} per million requests (first tier, no free tier; price of {AsOf}, {Source})");
}
