namespace ThumbnailService.Functions.Tests.Deployment;

public sealed class FailureQueueTemplateTests
{
    private static readonly SamTemplate Template = SamTemplate.Load();

    [Fact]
    public void FailedEventsQueue_Template_IsEncryptedAndKeepsMessages14Days()
    {
        var properties = Template.Resource("FailedEventsQueue").Get("Properties");

        Assert.Equal("AWS::SQS::Queue", Template.Resource("FailedEventsQueue").Get("Type").Text());
        Assert.True(properties.Get("SqsManagedSseEnabled").Text() == "true" || properties.Get("KmsMasterKeyId") is not null);
        Assert.Equal("1209600", properties.Get("MessageRetentionPeriod").Text());
    }

    [Fact]
    public void FailedEventsQueue_Template_AlarmsOnAnyVisibleMessage()
    {
        var alarm = Template.ResourcesOfType("AWS::CloudWatch::Alarm")
            .Select(id => Template.Resource(id).Get("Properties")!)
            .Single(properties => properties.Get("MetricName").Text() == "ApproximateNumberOfMessagesVisible");

        Assert.Equal("FailedEventsQueue.QueueName", alarm.Get("Dimensions").Items().Single().Get("Value").Text());
        Assert.Equal("GreaterThanThreshold", alarm.Get("ComparisonOperator").Text());
        Assert.Equal("0", alarm.Get("Threshold").Text());
    }
}
