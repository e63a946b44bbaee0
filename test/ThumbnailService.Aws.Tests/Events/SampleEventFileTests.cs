using ThumbnailService.Aws.Events;
using ThumbnailService.TestSupport.Deployment;

namespace ThumbnailService.Aws.Tests.Events;

public sealed class SampleEventFileTests
{
    private const string NotAnEvent = "not-an-event.json";

    public static TheoryData<string> EventFiles => new(
        Directory.EnumerateFiles(RepositoryRoot.File("events"), "*.json").Select(path => Path.GetFileName(path)).Where(name => name != NotAnEvent).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(EventFiles))]
    public void Parse_EachEventFile_HasTheRouteItsNameSays(string fileName)
    {
        var envelope = EventParser.Parse(File.ReadAllBytes(RepositoryRoot.File("events", fileName)));

        Assert.Equal(ExpectedRoute(fileName), envelope.Route);
        Assert.All(envelope.Items, item => Assert.Null(item.Problem));
    }

    [Theory]
    [InlineData("eventbridge-object-created.json", EventKind.Created, "photos/red flower + café.jpg")]
    [InlineData("eventbridge-object-deleted.json", EventKind.Removed, "photos/red flower + café.jpg")]
    [InlineData("batch-operations-1.0.json", EventKind.Created, "photos/red flower + café.jpg")]
    [InlineData("batch-operations-2.0.json", EventKind.Created, "photos/2025/写真 + summer.png")]
    public void Parse_RouteSamples_DecodeToTheUploadedKey(string fileName, EventKind kind, string key)
    {
        var envelope = EventParser.Parse(File.ReadAllBytes(RepositoryRoot.File("events", fileName)));

        var sourceEvent = Assert.Single(Assert.Single(envelope.Items).Sources);
        Assert.Equal(kind, sourceEvent.Kind);
        Assert.Equal("uploads", sourceEvent.Source.Bucket);
        Assert.Equal(key, sourceEvent.Source.Key);
    }

    [Fact]
    public void Parse_NotAnEventFile_Rejected()
    {
        Assert.Throws<UnrecognizedEventException>(() => EventParser.Parse(File.ReadAllBytes(RepositoryRoot.File("events", NotAnEvent))));
    }

    private static EventRoute ExpectedRoute(string fileName) => fileName switch
    {
        _ when fileName.StartsWith("sqs-", StringComparison.Ordinal) => EventRoute.Sqs,
        _ when fileName.StartsWith("s3-test", StringComparison.Ordinal) => EventRoute.Test,
        _ when fileName.StartsWith("s3-", StringComparison.Ordinal) => EventRoute.S3,
        _ when fileName.StartsWith("eventbridge-", StringComparison.Ordinal) => EventRoute.EventBridge,
        _ when fileName.StartsWith("batch-operations-", StringComparison.Ordinal) => EventRoute.BatchOperations,
        _ => throw new InvalidOperationException($"events/{fileName}: name it after its route (s3-, sqs-, eventbridge-, batch-operations-)."),
    };
}
