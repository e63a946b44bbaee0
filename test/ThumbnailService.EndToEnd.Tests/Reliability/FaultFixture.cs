using ThumbnailService.EndToEnd.Tests.Infrastructure;

namespace ThumbnailService.EndToEnd.Tests.Reliability;

/// <summary>
/// The pipeline with a <see cref="FaultProxy"/> as the functions' S3 endpoint and a short timeout (15 s), so "slower than the
/// remaining time" is quick, yet a loaded CI machine does not push a healthy retry past its deadline. The runtime cancels a
/// tenth of the timeout before the deadline (1.5 s here) to report the failure: with 8 s (0.8 s) a loaded 2-core machine
/// once took longer than that, the emulator called it a timeout and replaced the sandbox.
/// </summary>
public class FaultFixture : ReliabilityFixture, IAsyncDisposable
{
    public static readonly TimeSpan FunctionTimeout = TimeSpan.FromSeconds(15);

    private FaultProxy? _proxy;

    internal FaultProxy Proxy => _proxy ?? throw new InvalidOperationException("not started");

    protected override TimeSpan Timeout => FunctionTimeout;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_proxy is not null)
        {
            await _proxy.DisposeAsync();
        }
    }

    ValueTask IAsyncDisposable.DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return new(DisposeAsync());
    }

    protected override Task<IReadOnlyDictionary<string, string>> PrepareAsync(int s3Port)
    {
        _proxy = new FaultProxy(s3Port);
        return Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>
        {
            ["AWS_ENDPOINT_URL_S3"] = _proxy.Endpoint,
            ["AWS_SECRET_ACCESS_KEY"] = HostileInputFixture.SecretKey,
        });
    }
}
