using System.Text.Json;
using Amazon.SQS.Model;
using ThumbnailService.Local.Queue;

namespace ThumbnailService.Local.Tests.Queue;

public sealed class SqsEventWriterTests
{
    [Fact]
    public void Write_TwoMessages_RecordsInLambdasSqsShape()
    {
        var options = new QueuePollerOptions { QueueUrl = "http://q", QueueArn = "arn:aws:sqs:us-east-1:123456789012:q" };
        Message[] messages =
        [
            new() { MessageId = "m1", ReceiptHandle = "r1", Body = "{\"Records\":[]}", MD5OfBody = "x", Attributes = new() { ["ApproximateReceiveCount"] = "2" } },
            new() { MessageId = "m2", ReceiptHandle = "r2", Body = "b" },
        ];

        using var json = JsonDocument.Parse(SqsEventWriter.Write(messages, options));

        var records = json.RootElement.GetProperty("Records");
        Assert.Equal(2, records.GetArrayLength());
        Assert.Equal("m1", records[0].GetProperty("messageId").GetString());
        Assert.Equal("{\"Records\":[]}", records[0].GetProperty("body").GetString());
        Assert.Equal("2", records[0].GetProperty("attributes").GetProperty("ApproximateReceiveCount").GetString());
        Assert.Equal("aws:sqs", records[1].GetProperty("eventSource").GetString());
        Assert.Equal(options.QueueArn, records[1].GetProperty("eventSourceARN").GetString());
        Assert.Equal("r2", records[1].GetProperty("receiptHandle").GetString());
    }
}
