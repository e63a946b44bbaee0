using System.Text;
using ThumbnailService.Aws.Events;


namespace ThumbnailService.Aws.Tests.Events;

public sealed class EventParserTests
{
    [Theory]
    [InlineData("red+flower.jpg", "red flower.jpg")]
    [InlineData("a%2Bb.jpg", "a+b.jpg")]
    [InlineData("caf%C3%A9/%E5%86%99%E7%9C%9F.png", "café/写真.png")]
    [InlineData("100%25+sure.jpg", "100% sure.jpg")]
    [InlineData("plain.jpg", "plain.jpg")]
    public void Parse_S3Notification_DecodesKeyOnce(string encodedKey, string expectedKey)
    {
        var envelope = EventParser.Parse(Encoding.UTF8.GetBytes(SampleEvents.S3("ObjectCreated:Put", encodedKey)));

        Assert.Equal(EventRoute.S3, envelope.Route);
        var source = Assert.Single(Assert.Single(envelope.Items).Sources);
        Assert.Equal(expectedKey, source.Source.Key);
        Assert.Equal("uploads", source.Source.Bucket);
        Assert.Equal("d41d8cd98f00b204e9800998ecf8427e", source.Source.ETag);
        Assert.Equal(EventKind.Created, source.Kind);
    }

    [Theory]
    [InlineData("ObjectCreated:Put", EventKind.Created)]
    [InlineData("ObjectCreated:CompleteMultipartUpload", EventKind.Created)]
    [InlineData("ObjectCreated:Copy", EventKind.Created)]
    [InlineData("ObjectRemoved:Delete", EventKind.Removed)]
    [InlineData("ObjectRemoved:DeleteMarkerCreated", EventKind.Removed)]
    [InlineData("ObjectRestore:Completed", EventKind.Other)]
    public void Parse_EventName_MapsToKind(string eventName, EventKind expected)
    {
        var envelope = EventParser.Parse(Encoding.UTF8.GetBytes(SampleEvents.S3(eventName, "k.jpg")));

        Assert.Equal(expected, Assert.Single(envelope.Items[0].Sources).Kind);
    }

    [Fact]
    public void Parse_NewerMinorVersionAndUnknownFields_Accepted()
    {
        var json = SampleEvents.S3("ObjectCreated:Put", "k.jpg").Replace("\"eventVersion\":\"2.1\"", "\"eventVersion\":\"2.9\",\"someNewField\":{\"x\":1}", StringComparison.Ordinal);

        var envelope = EventParser.Parse(Encoding.UTF8.GetBytes(json));

        Assert.Single(envelope.Items[0].Sources);
    }

    [Fact]
    public void Parse_TestEvent_IsTestRoute()
    {
        var envelope = EventParser.Parse("{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\",\"Time\":\"2026-11-28T00:00:00.000Z\",\"Bucket\":\"uploads\"}"u8.ToArray());

        Assert.Equal(EventRoute.Test, envelope.Route);
        Assert.Empty(envelope.Items);
    }

    [Fact]
    public void Parse_SqsBatch_OneItemPerMessageWithProblemsKept()
    {
        var batch = SampleEvents.Sqs(
            ("m1", SampleEvents.S3("ObjectCreated:Put", "a.jpg")),
            ("m2", "{\"Event\":\"s3:TestEvent\"}"),
            ("m3", "this is not json"));

        var envelope = EventParser.Parse(Encoding.UTF8.GetBytes(batch));

        Assert.Equal(EventRoute.Sqs, envelope.Route);
        Assert.Equal(["m1", "m2", "m3"], envelope.Items.Select(i => i.ItemId));
        Assert.Equal("a.jpg", Assert.Single(envelope.Items[0].Sources).Source.Key);
        Assert.Empty(envelope.Items[1].Sources);
        Assert.Null(envelope.Items[1].Problem);
        Assert.Contains("this is not json", envelope.Items[2].Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json at all")]
    [InlineData("{\"hello\":\"world\"}")]
    [InlineData("[1,2,3]")]
    [InlineData("null")]
    public void Parse_UnknownShape_ThrowsNamingWhatArrived(string payload)
    {
        var exception = Assert.Throws<UnrecognizedEventException>(() => EventParser.Parse(Encoding.UTF8.GetBytes(payload)));

        Assert.Contains(payload.Length == 0 ? "empty payload" : payload, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EventVersionThree_Refused()
    {
        var json = SampleEvents.S3("ObjectCreated:Put", "k.jpg").Replace("\"2.1\"", "\"3.0\"", StringComparison.Ordinal);

        var exception = Assert.Throws<UnrecognizedEventException>(() => EventParser.Parse(Encoding.UTF8.GetBytes(json)));

        Assert.Contains("3.0", exception.Message, StringComparison.Ordinal);
    }
}
