using System.Text;
using ThumbnailService.Aws.Events;

namespace ThumbnailService.Aws.Tests.Events;

public sealed class EventBridgeParserTests
{
    [Theory]
    [InlineData("red+flower.jpg", "red flower.jpg")]
    [InlineData("a%2Bb.jpg", "a+b.jpg")]
    [InlineData("caf%C3%A9/%E5%86%99%E7%9C%9F.png", "café/写真.png")]
    [InlineData("100%25+sure.jpg", "100% sure.jpg")]
    public void Parse_ObjectCreated_DecodesKeyOnce(string encodedKey, string expectedKey)
    {
        var envelope = Parse(SampleEvents.EventBridge("Object Created", encodedKey));

        Assert.Equal(EventRoute.EventBridge, envelope.Route);
        var sourceEvent = Assert.Single(Assert.Single(envelope.Items).Sources);
        Assert.Equal(EventKind.Created, sourceEvent.Kind);
        Assert.Equal(expectedKey, sourceEvent.Source.Key);
        Assert.Equal("uploads", sourceEvent.Source.Bucket);
        Assert.Equal("d41d8cd98f00b204e9800998ecf8427e", sourceEvent.Source.ETag);
        Assert.Equal("0067D3F5AD8E1B2C3F", sourceEvent.Source.Sequencer);
        Assert.Equal(1024, sourceEvent.Source.Size);
    }

    [Theory]
    [InlineData("Object Created", "PutObject", null, EventKind.Created, "ObjectCreated:Put")]
    [InlineData("Object Created", "POST Object", null, EventKind.Created, "ObjectCreated:Post")]
    [InlineData("Object Created", "CopyObject", null, EventKind.Created, "ObjectCreated:Copy")]
    [InlineData("Object Created", "CompleteMultipartUpload", null, EventKind.Created, "ObjectCreated:CompleteMultipartUpload")]
    [InlineData("Object Created", "SomeFutureApi", null, EventKind.Created, "Object Created")]
    [InlineData("Object Deleted", "DeleteObject", "Permanently Deleted", EventKind.Removed, "ObjectRemoved:Delete")]
    [InlineData("Object Deleted", "DeleteObject", "Delete Marker Created", EventKind.Removed, "ObjectRemoved:DeleteMarkerCreated")]
    [InlineData("Object Deleted", "Lifecycle Expiration", "Delete Marker Created", EventKind.Removed, "Object Deleted")]
    [InlineData("Object Restore Completed", "RestoreObject", null, EventKind.Other, "Object Restore Completed")]
    public void Parse_DetailTypeAndReason_MapToKindAndEventName(string detailType, string reason, string? deletionType, EventKind kind, string eventName)
    {
        var sourceEvent = Assert.Single(Parse(SampleEvents.EventBridge(detailType, "k.jpg", reason, deletionType)).Items[0].Sources);

        Assert.Equal(kind, sourceEvent.Kind);
        Assert.Equal(eventName, sourceEvent.EventName);
    }

    [Fact]
    public void Parse_ObjectDeletedWithoutSize_Removed()
    {
        var json = SampleEvents.EventBridge("Object Deleted", "gone.jpg", "DeleteObject").Replace("\"size\":1024,", string.Empty, StringComparison.Ordinal);

        var sourceEvent = Assert.Single(Parse(json).Items[0].Sources);

        Assert.Equal(EventKind.Removed, sourceEvent.Kind);
        Assert.Null(sourceEvent.Source.Size);
    }

    [Fact]
    public void Parse_EventFromAnotherSource_ThrowsNamingTheSource()
    {
        var json = SampleEvents.EventBridge("EC2 Instance State-change Notification", "k.jpg", source: "aws.ec2");

        var exception = Assert.Throws<UnrecognizedEventException>(() => Parse(json));

        Assert.Contains("'aws.ec2'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("EC2 Instance State-change Notification", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_S3EventWithoutKey_ThrowsNamingTheField()
    {
        var json = SampleEvents.EventBridge("Object Created", "k.jpg").Replace("\"key\":\"k.jpg\",", string.Empty, StringComparison.Ordinal);

        var exception = Assert.Throws<UnrecognizedEventException>(() => Parse(json));

        Assert.Contains("detail.object.key", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DetailOfWrongType_ThrowsNamingWhatArrived()
    {
        var exception = Assert.Throws<UnrecognizedEventException>(() => Parse("{\"detail-type\":\"Object Created\",\"source\":\"aws.s3\",\"detail\":\"oops\"}"));

        Assert.Contains("\"detail\":\"oops\"", exception.Message, StringComparison.Ordinal);
    }

    private static EventEnvelope Parse(string json) => EventParser.Parse(Encoding.UTF8.GetBytes(json));
}
