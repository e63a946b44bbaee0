using ThumbnailService.LambdaRuntime.Client;
using ThumbnailService.LambdaRuntime.Logging;
using ThumbnailService.LambdaRuntime.Invocations;

namespace ThumbnailService.LambdaRuntime;

/// <summary>
/// Process entry of a custom runtime: init (a failure is posted to <c>/runtime/init/error</c> and the process exits non-zero),
/// then the invoke loop until the Runtime API fails.
/// </summary>
public static class LambdaRuntimeHost
{
    /// <summary>Returns the process exit code: 0 on a requested stop, 1 after an init error or a Runtime API failure, 2 without AWS_LAMBDA_RUNTIME_API.</summary>
    public static async Task<int> RunAsync(Func<ILambdaLogger, InvocationHandler> initialize, CancellationToken stoppingToken = default)
    {
        ArgumentNullException.ThrowIfNull(initialize);
        var logger = new LambdaLogger(LogSettings.FromEnvironment(Environment.GetEnvironmentVariable), Console.Out, TimeProvider.System);
        var address = Environment.GetEnvironmentVariable(RuntimeEnvironmentVariables.RuntimeApi);
        if (string.IsNullOrWhiteSpace(address))
        {
            logger.Log(LogLevel.Fatal, $"{RuntimeEnvironmentVariables.RuntimeApi} is not set: this program runs inside Lambda or under `./thumbs invoke`.");
            return 2;
        }

        GcHeapLimit.ApplyFromEnvironment(Environment.GetEnvironmentVariable);
        using var client = new RuntimeApiClient(address);
        try
        {
            var handler = await InitializeAsync(initialize, logger, client, stoppingToken);
            if (handler is null)
            {
                return 1;
            }

            await new InvokeLoop(client, handler, logger, new InvokeLoopOptions(), TimeProvider.System).RunAsync(stoppingToken);
            return 0;
        }
        catch (RuntimeApiFatalException exception)
        {
            logger.Log(LogLevel.Fatal, exception.Message);
            return 1;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return 0;
        }
    }

    private static async Task<InvocationHandler?> InitializeAsync(
        Func<ILambdaLogger, InvocationHandler> initialize, LambdaLogger logger, RuntimeApiClient client, CancellationToken stoppingToken)
    {
        try
        {
            return initialize(logger);
        }
#pragma warning disable CA1031 // Any init failure must be reported to the platform, whatever its type.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            logger.Log(LogLevel.Fatal, $"Init failed: {exception.Message}");
            await client.PostInitErrorAsync(ErrorReport.FromException(exception, FunctionErrorTypes.InitError), stoppingToken);
            return null;
        }
    }
}
