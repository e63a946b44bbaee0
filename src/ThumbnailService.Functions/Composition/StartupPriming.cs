using ThumbnailService.Core.Imaging;
using ThumbnailService.LambdaRuntime.Logging;

namespace ThumbnailService.Functions.Composition;

/// <summary>
/// First-use costs of a fresh Native AOT process, paid on a background thread during init so they overlap the first
/// event's S3 round trips instead of adding to them: the imaging code (<see cref="PipelinePrimer"/>) and the stack
/// trace metadata, which the AWS SDK reads for every service exception it records (each first-time thumbnail HEAD
/// answers 404), whose first use builds a lookup table.
/// </summary>
internal static class StartupPriming
{
    public static Task StartAsync(ImagePipelineOptions options, ILambdaLogger logger) => Task.Run(() =>
    {
        try
        {
            PrimeStackTraces();
            if (!PipelinePrimer.Prime(options))
            {
                logger.Log(LogLevel.Debug, "Priming render was rejected; the first real render pays its own start-up costs.");
            }
        }
#pragma warning disable CA1031 // priming is an optimisation: any failure is logged and the function carries on
        catch (Exception exception)
#pragma warning restore CA1031
        {
            logger.Log(LogLevel.Warn, $"Priming failed ({exception.GetType().Name}: {exception.Message}); the first invocation will be slower.");
        }
    });

    private static void PrimeStackTraces()
    {
        try
        {
            throw new InvalidOperationException("priming");
        }
        catch (InvalidOperationException exception)
        {
            _ = exception.StackTrace;
        }
    }
}
