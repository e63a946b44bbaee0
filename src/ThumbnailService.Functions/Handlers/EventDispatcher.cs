using System.Text.Json;
using ThumbnailService.Aws.Events;
using ThumbnailService.LambdaRuntime.Invocations;
using ThumbnailService.LambdaRuntime.Logging;

namespace ThumbnailService.Functions.Handlers;

/// <summary>
/// The invocation handler: parses the payload, hands each source event to the function's handler, and answers in the route's
/// contract. The one place that decides between "acknowledge" and "fail so the platform retries".
/// </summary>
internal sealed class EventDispatcher(ISourceEventHandler handler, ILambdaLogger logger)
{
    public async Task<ReadOnlyMemory<byte>> HandleAsync(ReadOnlyMemory<byte> payload, InvocationContext context, CancellationToken cancellationToken)
    {
        var envelope = EventParser.Parse(payload);
        return envelope.Route switch
        {
            EventRoute.Test => Serialize(TestAcknowledged()),
            EventRoute.Sqs => JsonSerializer.SerializeToUtf8Bytes(await HandleBatchAsync(envelope, cancellationToken), EventJsonContext.Default.SqsBatchResponse),
            EventRoute.BatchOperations => JsonSerializer.SerializeToUtf8Bytes(await HandleTasksAsync(envelope, cancellationToken), EventJsonContext.Default.BatchOperationsResponse),
            _ => Serialize(await HandleAllAsync(envelope, cancellationToken)),
        };
    }

    private InvocationSummary TestAcknowledged()
    {
        logger.Log(LogLevel.Info, "s3:TestEvent acknowledged; S3 was not called.");
        return new InvocationSummary { Route = "test" };
    }

    /// <summary>Direct routes (S3, EventBridge): any fault fails the whole invocation (every step is safe to repeat).</summary>
    private async Task<InvocationSummary> HandleAllAsync(EventEnvelope envelope, CancellationToken cancellationToken)
    {
        var summary = new InvocationSummary { Route = envelope.Route.ToString().ToLowerInvariant() };
        foreach (var sourceEvent in envelope.Items.SelectMany(item => item.Sources))
        {
            summary.Results.Add(await handler.HandleAsync(sourceEvent, cancellationToken));
        }

        return summary;
    }

    /// <summary>SQS: a message that fails (or that the deadline leaves unfinished) is named in batchItemFailures; the others are acknowledged.</summary>
    private async Task<SqsBatchResponse> HandleBatchAsync(EventEnvelope envelope, CancellationToken cancellationToken)
    {
        var response = new SqsBatchResponse();
        foreach (var item in envelope.Items)
        {
            try
            {
                if (item.Problem is not null)
                {
                    throw new UnrecognizedEventException(item.Problem);
                }

                foreach (var sourceEvent in item.Sources)
                {
                    await handler.HandleAsync(sourceEvent, cancellationToken);
                }
            }
#pragma warning disable CA1031 // A failed message must not fail its neighbours: it is reported and retried alone.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                logger.Log(LogLevel.Error, $"SQS message {item.ItemId} failed and will be retried: {exception.GetType().Name}: {exception.Message}");
                response.BatchItemFailures.Add(new SqsBatchItemFailure { ItemIdentifier = item.ItemId ?? string.Empty });
            }
        }

        return response;
    }

    /// <summary>S3 Batch Operations: every task gets a result; one task's fault never fails the invocation or its neighbours.</summary>
    private async Task<BatchOperationsResponse> HandleTasksAsync(EventEnvelope envelope, CancellationToken cancellationToken)
    {
        var batch = envelope.Batch!;
        var response = new BatchOperationsResponse { InvocationSchemaVersion = batch.SchemaVersion, InvocationId = batch.InvocationId };
        foreach (var item in envelope.Items)
        {
            response.Results.Add(await RunTaskAsync(item, cancellationToken));
        }

        return response;
    }

    private async Task<BatchOperationsResult> RunTaskAsync(EventItem item, CancellationToken cancellationToken)
    {
        var taskId = item.ItemId ?? string.Empty;
        if (item.Problem is not null)
        {
            logger.Log(LogLevel.Warn, $"Batch Operations task {taskId} cannot be read: {item.Problem}");
            return BatchTaskResults.Unreadable(taskId, item.Problem);
        }

        try
        {
            return BatchTaskResults.FromSummary(taskId, await handler.HandleAsync(item.Sources.Single(), cancellationToken));
        }
#pragma warning disable CA1031 // A failed task must not fail its neighbours: Batch Operations redrives it alone.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            logger.Log(LogLevel.Error, $"Batch Operations task {taskId} failed and will be redriven: {exception.GetType().Name}: {exception.Message}");
            return BatchTaskResults.Fault(taskId, exception);
        }
    }

    private static byte[] Serialize(InvocationSummary summary) => JsonSerializer.SerializeToUtf8Bytes(summary, EventJsonContext.Default.InvocationSummary);
}
