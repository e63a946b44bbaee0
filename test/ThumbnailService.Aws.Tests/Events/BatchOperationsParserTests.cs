using System.Text;
using ThumbnailService.Aws.Events;

namespace ThumbnailService.Aws.Tests.Events;

public sealed class BatchOperationsParserTests
{
    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public void Parse_EachSchemaVersion_OneCreatedItemPerTaskWithDecodedKey(string schemaVersion)
    {
        var envelope = Parse(SampleEvents.BatchOperations(schemaVersion, ("t1", "red+flower+%2B+caf%C3%A9.jpg"), ("t2", "%E5%86%99%E7%9C%9F/a.png")));

        Assert.Equal(EventRoute.BatchOperations, envelope.Route);
        Assert.Equal(new BatchInvocation(schemaVersion, "YXNkbGZqYWRmaiBhc2RmdW9hZHNmZGpmaGFzbGtkaGZza2RmaAo", "f3cc4f60-61f6-4a2b-8a21-d07600c373ce"), envelope.Batch);
        Assert.Equal(["t1", "t2"], envelope.Items.Select(item => item.ItemId));
        var sources = envelope.Items.Select(item => Assert.Single(item.Sources)).ToList();
        Assert.Equal(["red flower + café.jpg", "写真/a.png"], sources.Select(s => s.Source.Key));
        Assert.All(sources, s => Assert.Equal("uploads", s.Source.Bucket));
        Assert.All(sources, s => Assert.Equal(EventKind.Created, s.Kind));
        Assert.All(envelope.Items, item => Assert.Null(item.Problem));
    }

    [Theory]
    [InlineData("arn:aws:s3:::uploads", "uploads")]
    [InlineData("arn:aws:s3:us-east-1:0123456788:uploads", "uploads")]
    [InlineData("arn:aws-cn:s3:::uploads.example", "uploads.example")]
    public void Parse_Schema10BucketArn_BucketIsItsLastField(string arn, string expected)
    {
        var json = SampleEvents.BatchOperations("1.0", ("t1", "a.jpg")).Replace("arn:aws:s3:::uploads", arn, StringComparison.Ordinal);

        Assert.Equal(expected, Assert.Single(Parse(json).Items[0].Sources).Source.Bucket);
    }

    [Fact]
    public void Parse_TaskWithoutBucket_ProblemForThatTaskOnly()
    {
        var json = SampleEvents.BatchOperations("1.0", ("t1", "a.jpg"), ("t2", "b.jpg"))
            .Replace("\"s3Key\":\"b.jpg\",\"s3VersionId\":null,\"s3BucketArn\":\"arn:aws:s3:::uploads\"", "\"s3Key\":\"b.jpg\",\"s3BucketArn\":\"not-an-arn\"", StringComparison.Ordinal);

        var envelope = Parse(json);

        Assert.Null(envelope.Items[0].Problem);
        Assert.Empty(envelope.Items[1].Sources);
        Assert.Contains("not-an-arn", envelope.Items[1].Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3.0")]
    [InlineData("1")]
    public void Parse_UnknownSchemaVersion_ThrowsNamingTheVersion(string schemaVersion)
    {
        var exception = Assert.Throws<UnrecognizedEventException>(() => Parse(SampleEvents.BatchOperations(schemaVersion, ("t1", "a.jpg"))));

        Assert.Contains($"invocationSchemaVersion '{schemaVersion}'", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"invocationSchemaVersion\":\"1.0\",\"tasks\":[]}")]
    [InlineData("{\"invocationSchemaVersion\":\"1.0\",\"invocationId\":\"i\",\"tasks\":[{\"s3Key\":\"a.jpg\"}]}")]
    [InlineData("{\"invocationSchemaVersion\":\"2.0\",\"invocationId\":\"i\",\"tasks\":\"a.jpg\"}")]
    public void Parse_UnanswerableRequest_ThrowsNamingWhatArrived(string payload)
    {
        var exception = Assert.Throws<UnrecognizedEventException>(() => Parse(payload));

        Assert.Contains(payload, exception.Message, StringComparison.Ordinal);
    }

    private static EventEnvelope Parse(string json) => EventParser.Parse(Encoding.UTF8.GetBytes(json));
}
