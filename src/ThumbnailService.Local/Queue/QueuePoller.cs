using Amazon.SQS;
using Amazon.SQS.Model;
using ThumbnailService.Local.Emulator;
using ThumbnailService.Local.Pipeline;

namespace ThumbnailService.Local.Queue;

/// <summary>
/// A local stand-in for Lambda's SQS event source mapping: receives up to BatchSize messages (long poll), invokes the function
/// once with them, and deletes the ones that succeeded. A failed message is only left alone: the queue itself makes it
/// visible again after its visibility timeout and, past the redrive policy's maxReceiveCount, moves it to the dead-letter queue.
/// </summary>
internal sealed class QueuePoller(
    IAmazonSQS sqs, QueuePollerOptions options, Func<ReadOnlyMemory<byte>, CancellationToken, Task<InvocationResult>> invoke)
{
    public InvocationJournal<PolledBatch> Journal { get; } = new();

    /// <summary>
    /// Polls until <paramref name="stopping"/> fires, then finishes the poll in hand: a long poll cancelled mid-way may
    /// still take messages on the server, which the queue then counts as received and hides for a visibility timeout.
    /// </summary>
    public async Task RunAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            await PollOnceAsync(CancellationToken.None);
        }
    }

    /// <summary>One receive; when it brings messages, one invocation and the deletes. Null when the queue had nothing.</summary>
    public async Task<PolledBatch?> PollOnceAsync(CancellationToken cancellationToken)
    {
        var received = await sqs.ReceiveMessageAsync(
            new ReceiveMessageRequest
            {
                QueueUrl = options.QueueUrl,
                MaxNumberOfMessages = options.BatchSize,
                WaitTimeSeconds = options.WaitTimeSeconds,
                MessageSystemAttributeNames = ["All"],
                MessageAttributeNames = ["All"],
            },
            cancellationToken);
        if (received.Messages is not { Count: > 0 } messages)
        {
            return null;
        }

        var result = await invoke(SqsEventWriter.Write(messages, options), cancellationToken);
        var failed = BatchVerdict.Failed(messages.Select(message => message.MessageId).ToList(), result, options.ReportBatchItemFailures);
        await DeleteAsync(messages.Where(message => !failed.Contains(message.MessageId)).ToList(), cancellationToken);
        var batch = new PolledBatch(messages.Select(Describe).ToList(), failed, result);
        Journal.Add(batch);
        return batch;
    }

    /// <summary>
    /// One DeleteMessage per processed message. AWS authorizes DeleteMessageBatch with the sqs:DeleteMessage permission (there
    /// is no sqs:DeleteMessageBatch action), but moto evaluates it as its own action: single deletes are right under both.
    /// </summary>
    private async Task DeleteAsync(List<Message> done, CancellationToken cancellationToken)
    {
        foreach (var message in done)
        {
            await sqs.DeleteMessageAsync(options.QueueUrl, message.ReceiptHandle, cancellationToken);
        }
    }

    private static PolledMessage Describe(Message message) => new(
        message.MessageId,
        message.Body,
        message.Attributes?.TryGetValue("ApproximateReceiveCount", out var count) == true && int.TryParse(count, out var value) ? value : 0);
}
