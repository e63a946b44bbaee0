using System.Text;
using ThumbnailService.Local.Emulator;

namespace ThumbnailService.Local.Tests.Emulator;

/// <summary>An emulator on a free port, a runtime client and an invoker client; logs go to <see cref="Log"/>.</summary>
internal sealed class EmulatorSession : IAsyncDisposable
{
    private EmulatorSession(RuntimeApiEmulator emulator, StringWriter log)
    {
        Emulator = emulator;
        Log = log;
        Runtime = new FakeRuntime(emulator);
        Invoker = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
    }

    public RuntimeApiEmulator Emulator { get; }

    public StringWriter Log { get; }

    public FakeRuntime Runtime { get; }

    public HttpClient Invoker { get; }

    public static async Task<EmulatorSession> StartAsync(Func<EmulatorOptions, EmulatorOptions>? configure = null)
    {
        var log = new StringWriter();
        var options = new EmulatorOptions { Timeout = TimeSpan.FromSeconds(5), MemorySizeMb = 256, FunctionName = "thumbs", LogSink = log };
        var emulator = await RuntimeApiEmulator.StartAsync(configure is null ? options : configure(options));
        return new EmulatorSession(emulator, log);
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
