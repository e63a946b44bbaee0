using ThumbnailService.Aws;
using Amazon;
using Amazon.SQS;
using ThumbnailService.Local.Commands.Poll;
using ThumbnailService.Local.Emulator;
using ThumbnailService.Local.Queue;

namespace ThumbnailService.Local.Commands;

/// <summary>
/// <c>thumbs poll</c>: an SQS queue (real, or a local one such as moto's) feeding the real <c>bootstrap</c> the way Lambda's
/// event source mapping does (<see cref="QueuePoller"/>); one line per batch, until Ctrl-C.
/// </summary>
internal sealed class PollCommand : ICommand
{
    public string Name => "poll";

    public string Usage => PollArguments.Usage;

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CommandConsole console, CancellationToken cancellationToken)
    {
        var parsed = PollArguments.Parse(arguments, Environment.GetEnvironmentVariable(InvokeArguments.BootstrapVariable));
        var logicalId = FunctionNames.LogicalIdOf(parsed.Handler);
        var region = Environment.GetEnvironmentVariable("AWS_REGION") ?? Environment.GetEnvironmentVariable("AWS_DEFAULT_REGION") ?? "us-east-1";
        using var sqs = new AmazonSQSClient(parsed.EndpointUrl is { } endpoint
            ? new AmazonSQSConfig { ServiceURL = endpoint, AuthenticationRegion = region }
            : new AmazonSQSConfig { RegionEndpoint = RegionEndpoint.GetBySystemName(region) });
        var queueArn = (await sqs.GetQueueAttributesAsync(parsed.QueueUrl, ["QueueArn"], cancellationToken)).QueueARN;
        await using var emulator = await RuntimeApiEmulator.StartAsync(
            new EmulatorOptions
            {
                Timeout = parsed.Timeout,
                MemorySizeMb = 1024,
                FunctionName = logicalId,
                Region = region,
                LogSink = console.Error,
                FunctionProcess = new FunctionProcessOptions(parsed.BootstrapPath)
                {
                    Handler = parsed.Handler,
                    Environment = await InvokeCommand.BuildEnvironmentAsync(parsed.EnvVarsFile, logicalId, cancellationToken),
                },
            },
            cancellationToken);
        var poller = new QueuePoller(
            sqs,
            new QueuePollerOptions { QueueUrl = parsed.QueueUrl, QueueArn = queueArn, Region = region, BatchSize = parsed.BatchSize, WaitTimeSeconds = parsed.WaitSeconds },
            (payload, token) => emulator.InvokeAsync(payload, null, token));
        await console.Error.WriteLineAsync($"thumbs poll: {queueArn} -> {logicalId} (batch {parsed.BatchSize}); Ctrl-C stops");
        while (!cancellationToken.IsCancellationRequested)
        {
            if (await poller.PollOnceAsync(cancellationToken) is { } batch)
            {
                await console.Out.WriteLineAsync(
                    $"batch of {batch.Messages.Count}: {batch.Deleted.Count()} deleted, {batch.Failed.Count} left for retry ({batch.Result.Status})"
                    + string.Concat(batch.Messages.Where(m => batch.Failed.Contains(m.MessageId)).Select(m => $" {m.MessageId} (receive {m.ReceiveCount})")));
            }
        }

        return 0;
    }
}
