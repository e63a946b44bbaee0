using ThumbnailService.LambdaRuntime.Client;
using ThumbnailService.LambdaRuntime.Logging;

namespace ThumbnailService.LambdaRuntime.Invocations;

/// <summary>
/// Get next, run the handler, post the result, repeat. Handler exceptions are reported and the loop goes on;
/// Runtime API failures (<see cref="RuntimeApiFatalException"/>) and fatal handler faults end it.
/// </summary>
public sealed class InvokeLoop(IRuntimeApiClient client, InvocationHandler handler, ILambdaLogger logger, InvokeLoopOptions options, TimeProvider time)
{
    /// <summary>Runs until <paramref name="stoppingToken"/> fires; throws <see cref="RuntimeApiFatalException"/> when the process must exit.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            Invocation invocation;
            try
            {
                invocation = await client.GetNextInvocationAsync(stoppingToken);
            }
            catch (RuntimeApiProtocolException problem)
            {
                logger.Log(LogLevel.Error, problem.Message);
                LogRefusal(await client.PostErrorAsync(problem.RequestId, ErrorReport.FromMessage(problem.Message, "Runtime.InvalidHeader", FunctionErrorTypes.InvalidHeader), stoppingToken), "error");
                continue;
            }

            await HandleAsync(invocation, stoppingToken);
        }
    }

    internal async Task HandleAsync(Invocation invocation, CancellationToken stoppingToken)
    {
        LambdaLogger.RequestId = invocation.RequestId;
        Environment.SetEnvironmentVariable(RuntimeEnvironmentVariables.TraceId, invocation.TraceId);
        var context = new InvocationContext(invocation, logger, time);
        var margin = options.SafetyMarginFor(context.RemainingTime);
        using var deadline = new CancellationTokenSource(DeadlineBudget(context, margin), time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, stoppingToken);
        try
        {
            var response = await handler(invocation.Payload, context, linked.Token);
            var outcome = await client.PostResponseAsync(invocation.RequestId, response, stoppingToken);
            LogRefusal(outcome, "response");
        }
        catch (Exception exception) when (exception is not RuntimeApiFatalException)
        {
            await ReportAsync(invocation, exception, deadline.IsCancellationRequested ? margin : null, stoppingToken);
        }
        finally
        {
            LambdaLogger.RequestId = null;
        }
    }

    private static TimeSpan DeadlineBudget(InvocationContext context, TimeSpan margin)
    {
        var budget = context.RemainingTime - margin;
        return budget > TimeSpan.Zero ? budget : TimeSpan.Zero;
    }

    /// <param name="marginIfDeadlineReached">The safety margin when the deadline token fired, else null.</param>
    private async Task ReportAsync(Invocation invocation, Exception exception, TimeSpan? marginIfDeadlineReached, CancellationToken stoppingToken)
    {
        var timedOut = marginIfDeadlineReached is not null && exception is OperationCanceledException;
        var report = timedOut
            ? ErrorReport.FromMessage(
                $"Invocation cancelled {marginIfDeadlineReached!.Value.TotalMilliseconds:0} ms before its deadline; work not finished.",
                "TimeoutException",
                FunctionErrorTypes.Timeout)
            : ErrorReport.FromException(exception, IsFatal(exception) ? FunctionErrorTypes.Fatal : FunctionErrorTypes.Unhandled);
        logger.Log(LogLevel.Error, $"Invocation failed: {report.ErrorType}: {report.ErrorMessage}");
        var outcome = await client.PostErrorAsync(invocation.RequestId, report, stoppingToken);
        LogRefusal(outcome, "error");
        if (IsFatal(exception))
        {
            throw new RuntimeApiFatalException($"Unrecoverable fault in the handler ({exception.GetType().Name}); exiting so Lambda starts a fresh process.", exception);
        }
    }

    private void LogRefusal(PostOutcome outcome, string what)
    {
        switch (outcome)
        {
            case PostOutcome.PayloadTooLarge:
                logger.Log(LogLevel.Error, $"The {what} was larger than the Runtime API accepts (413); the platform has failed this invocation.");
                break;
            case PostOutcome.Refused:
                logger.Log(LogLevel.Warn, $"The Runtime API refused the {what} post (400/403): the invocation was unknown or already answered.");
                break;
        }
    }

    private static bool IsFatal(Exception exception) =>
        exception is OutOfMemoryException or InsufficientExecutionStackException or AccessViolationException;
}
