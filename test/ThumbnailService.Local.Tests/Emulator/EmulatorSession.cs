using System.Text;
using ThumbnailService.Local.Emulator;

namespace ThumbnailService.Local.Tests.Emulator;

/// <summary>
/// An emulator on a free port, a runtime client and an invoker client; logs go to <see cref="Log"/>. Its time is
/// <see cref="Clock"/>, a manual clock: deadlines pass only when a test advances it (a test with a real function process
/// sets the system clock, since the emulator then waits on the process's output).
/// </summary>
internal sealed class EmulatorSession : IAsyncDisposable
{
    private EmulatorSession(RuntimeApiEmulator emulator, WatchedLog log, ManualTimeProvider clock)
    {
        Emulator = emulator;
        Log = log;
        Clock = clock;
        Runtime = new FakeRuntime(emulator);
        Invoker = new HttpClient { Timeout = HangGuard.Limit };
    }

    public RuntimeApiEmulator Emulator { get; }

    public WatchedLog Log { get; }

    public ManualTimeProvider Clock { get; }

    public FakeRuntime Runtime { get; }

    public HttpClient Invoker { get; }

    public static async Task<EmulatorSession> StartAsync(Func<EmulatorOptions, EmulatorOptions>? configure = null)
    {
        var log = new WatchedLog();
        var clock = new ManualTimeProvider();
        var options = new EmulatorOptions { Timeout = TimeSpan.FromSeconds(5), MemorySizeMb = 256, FunctionName = "thumbs", LogSink = log, Time = clock };
        var emulator = await RuntimeApiEmulator.StartAsync(configure is null ? options : configure(options));
        return new EmulatorSession(emulator, log, clock);
    }

    public Task<HttpResponseMessage> InvokeAsync(string payload) =>
        Invoker.PostAsync(Emulator.InvokeEndpoint, new StringContent(payload, Encoding.UTF8, "application/json"));

    public async ValueTask DisposeAsync()
    {
        Runtime.Dispose();
        Invoker.Dispose();
        await Emulator.DisposeAsync();
    }
}
