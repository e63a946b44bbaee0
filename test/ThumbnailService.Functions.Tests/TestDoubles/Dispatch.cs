using System.Text;
using ThumbnailService.Functions.Handlers;
using ThumbnailService.LambdaRuntime.Client;
using ThumbnailService.LambdaRuntime.Invocations;

namespace ThumbnailService.Functions.Tests.TestDoubles;

/// <summary>Runs a payload through the real <see cref="EventDispatcher"/> and returns the response as text.</summary>
internal static class Dispatch
{
    public static async Task<string> RunAsync(ISourceEventHandler handler, RecordingLogger logger, string payload)
    {
        var clock = new ManualTimeProvider();
        var dispatcher = new EventDispatcher(handler, logger);
        var deadline = clock.GetUtcNow().AddSeconds(30).ToUnixTimeMilliseconds();
        var invocation = new Invocation("req", deadline, "arn", null, null, null, Encoding.UTF8.GetBytes(payload));
        var response = await dispatcher.HandleAsync(invocation.Payload, new InvocationContext(invocation, logger, clock), CancellationToken.None);
        return Encoding.UTF8.GetString(response.Span);
    }
}
