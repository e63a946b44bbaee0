using System.Text.Json;
using ThumbnailService.Functions.Events;
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
            _ => Serialize(await HandleAllAsync(envelope, cancellationToken)),
        };
    }

    private InvocationSummary TestAcknowledged()
    {
        logger.Log(LogLevel.Info, "s3:TestEvent acknowledged; S3 was not called.");
        return new InvocationSummary { Route = "test" };
    }

    /// <summary>Direct routes: any fault fails the whole invocation (every step is safe to repeat).</summary>
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

    private static byte[] Serialize(InvocationSummary summary) => JsonSerializer.SerializeToUtf8Bytes(summary, EventJsonContext.Default.InvocationSummary);
}
