using System.Globalization;

namespace ThumbnailService.Functions.Tests.Deployment;

public sealed class QueueRouteTemplateTests
{
    private static readonly SamTemplate Template = SamTemplate.Load();

    [Theory]
    [InlineData("ThumbnailQueue")]
    [InlineData("ThumbnailDeadLetterQueue")]
    [InlineData("ThumbnailQueuePolicy")]
    [InlineData("ThumbnailQueueEventSource")]
    [InlineData("ThumbnailDeadLetterAlarm")]
    public void QueueRouteResources_Template_ExistOnlyWithQueueRoute(string resourceId) =>
        Assert.Equal("HasQueueRoute", Template.Resource(resourceId).Get("Condition").Text());

    [Fact]
    public void QueueVisibilityTimeout_Defaults_IsAtLeastSixTimesTheFunctionTimeout()
    {
        var visibility = Template.Resource("ThumbnailQueue").At("Properties", "VisibilityTimeout");

        Assert.Equal(("!Ref", "QueueVisibilityTimeout"), (visibility.Intrinsic(), visibility.Text()));
        Assert.True(Default("QueueVisibilityTimeout") >= 6 * Default("Timeout"), "AWS advises a visibility timeout of at least 6x the function timeout.");
    }

    [Fact]
    public void ThumbnailQueue_Template_RedrivesToTheDeadLetterQueueAfterMaxReceives()
    {
        var redrive = Template.Resource("ThumbnailQueue").At("Properties", "RedrivePolicy");

        Assert.Equal("ThumbnailDeadLetterQueue.Arn", redrive.Get("deadLetterTargetArn").Text());
        Assert.Equal("QueueMaxReceiveCount", redrive.Get("maxReceiveCount").Text());
        Assert.InRange(Default("QueueMaxReceiveCount"), 2, 10);
    }

    [Fact]
    public void ThumbnailQueueEventSource_Template_ReportsBatchItemFailuresToThumbnailFunction()
    {
        var properties = Template.Resource("ThumbnailQueueEventSource").Get("Properties");

        Assert.Equal("ThumbnailQueue.Arn", properties.Get("EventSourceArn").Text());
        Assert.Equal("ThumbnailFunction", properties.Get("FunctionName").Text());
        Assert.Equal("ReportBatchItemFailures", properties.Get("FunctionResponseTypes").Items().Single().Text());
        Assert.Equal("QueueBatchSize", properties.Get("BatchSize").Text());
    }

    private static long Default(string parameter) =>
        long.Parse(Template.Root.At("Parameters", parameter, "Default").Text()!, CultureInfo.InvariantCulture);
}
