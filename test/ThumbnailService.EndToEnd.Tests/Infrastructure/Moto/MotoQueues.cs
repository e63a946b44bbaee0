using System.Text.Json.Nodes;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.SQS;
using Amazon.SQS.Model;

namespace ThumbnailService.EndToEnd.Tests.Infrastructure.Moto;

/// <summary>Queues in moto and bucket notifications into them, made with the admin's clients.</summary>
internal static class MotoQueues
{
    /// <summary>Creates a queue; returns its URL and ARN.</summary>
    public static async Task<(string Url, string Arn)> CreateAsync(IAmazonSQS sqs, string name, Dictionary<string, string> attributes)
    {
        var url = (await sqs.CreateQueueAsync(new CreateQueueRequest { QueueName = name, Attributes = attributes })).QueueUrl;
        var arn = (await sqs.GetQueueAttributesAsync(url, ["QueueArn"])).QueueARN;
        return (url, arn);
    }

    /// <summary>The SQS attributes of a resolved AWS::SQS::Queue's properties (objects such as RedrivePolicy as JSON text).</summary>
    public static Dictionary<string, string> Attributes(JsonObject properties) =>
        properties.ToDictionary(property => property.Key, property => property.Value is JsonObject json ? json.ToJsonString() : property.Value!.ToString());

    public static Task NotifyAsync(IAmazonS3 s3, string bucket, string queueArn, IEnumerable<string> events) =>
        s3.PutBucketNotificationAsync(new PutBucketNotificationRequest
        {
            BucketName = bucket,
            QueueConfigurations = [new QueueConfiguration { Queue = queueArn, Events = events.Select(name => new EventType(name)).ToList() }],
        });

    public static async Task<int> CountAsync(IAmazonSQS sqs, string url)
    {
        var attributes = await sqs.GetQueueAttributesAsync(url, ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"]);
        return attributes.ApproximateNumberOfMessages + attributes.ApproximateNumberOfMessagesNotVisible;
    }
}
