using System.Threading.Channels;
using Amazon.SQS;
using Amazon.SQS.Model;

namespace ThumbnailService.Local.Moto;

/// <summary>
/// moto cannot invoke our function, but it can send a bucket's notifications to one of its queues: this drains such a queue
/// into a channel of S3 notification JSON (the payload S3 gives a function it invokes), leaving out the
/// <c>s3:TestEvent</c> a new configuration sends (S3 sends that to queues, never to a function).
/// </summary>
internal sealed class MotoEventTap(IAmazonSQS sqs, string queueUrl)
{
    public async Task RunAsync(ChannelWriter<string> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var received = await sqs.ReceiveMessageAsync(
                    new ReceiveMessageRequest { QueueUrl = queueUrl, MaxNumberOfMessages = 10, WaitTimeSeconds = 1 }, cancellationToken);
                foreach (var message in received.Messages ?? [])
                {
                    if (!message.Body.Contains("\"s3:TestEvent\"", StringComparison.Ordinal))
                    {
                        await events.WriteAsync(message.Body, cancellationToken);
                    }

                    await sqs.DeleteMessageAsync(queueUrl, message.ReceiptHandle, cancellationToken);
                }
            }
        }
        finally
        {
            events.TryComplete();
        }
    }
}
