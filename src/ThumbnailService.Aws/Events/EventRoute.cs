namespace ThumbnailService.Aws.Events;

/// <summary>The route an invocation's payload came by.</summary>
public enum EventRoute
{
    /// <summary>S3 invoked the function directly with <c>Records[]</c>.</summary>
    S3,

    /// <summary>An SQS batch whose message bodies are S3 notifications.</summary>
    Sqs,

    /// <summary><c>s3:TestEvent</c>: S3 checking a new notification configuration. Acknowledged without touching S3.</summary>
    Test,

    /// <summary>An EventBridge rule delivered an <c>aws.s3</c> event (<c>Object Created</c>, <c>Object Deleted</c>, ...).</summary>
    EventBridge,

    /// <summary>An S3 Batch Operations <c>LambdaInvoke</c> job: one item per task, answered with a result per task.</summary>
    BatchOperations,
}
