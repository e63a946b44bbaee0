namespace ThumbnailService.Local.Queue;

/// <summary>An event source mapping's settings, as Lambda's SQS poller applies them.</summary>
internal sealed record QueuePollerOptions
{
    public required string QueueUrl { get; init; }

    /// <summary>The queue's ARN (each record's <c>eventSourceARN</c>).</summary>
    public required string QueueArn { get; init; }

    public string Region { get; init; } = "us-east-1";

    /// <summary>Messages per invocation, 1 to 10 (the mapping's BatchSize; one ReceiveMessage call).</summary>
    public int BatchSize { get; init; } = 10;

    /// <summary>Long-poll wait of each ReceiveMessage (Lambda: 20 s).</summary>
    public int WaitTimeSeconds { get; init; } = 20;

    /// <summary>FunctionResponseTypes: [ReportBatchItemFailures]: only the messages the function names are kept.</summary>
    public bool ReportBatchItemFailures { get; init; } = true;
}
