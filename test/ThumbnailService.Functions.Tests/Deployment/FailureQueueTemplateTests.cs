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
            .Single(properties => properties.Get("MetricName").Text() == "ApproximateNumberOfMessagesVisible"
                && properties.Get("Dimensions").Items().Single().Get("Value").Text() == "FailedEventsQueue.QueueName");

        Assert.Equal("GreaterThanThreshold", alarm.Get("ComparisonOperator").Text());
        Assert.Equal("0", alarm.Get("Threshold").Text());
    }

    [Theory]
    [InlineData("ExistingSourceObjectCreatedRule")]
    [InlineData("ExistingSourceObjectDeletedRule")]
    public void EventBridgeTarget_EachRule_RetriesForSixHoursThenDeadLettersToFailedEventsQueue(string ruleId)
    {
        var target = Template.Resource(ruleId).At("Properties", "Targets").Items().Single();

        Assert.Equal("21600", target.At("RetryPolicy", "MaximumEventAgeInSeconds").Text());
        Assert.NotNull(target.At("RetryPolicy", "MaximumRetryAttempts").Text());
        Assert.Equal("FailedEventsQueue.Arn", target.At("DeadLetterConfig", "Arn").Text());
    }

    [Fact]
    public void FailedEventsQueuePolicy_Template_LetsOnlyTheTwoRulesSendDeadLetters()
    {
        var statement = Template.Resource("FailedEventsQueuePolicy").At("Properties", "PolicyDocument", "Statement").Items().Single();

        Assert.Equal("events.amazonaws.com", statement.At("Principal", "Service").Text());
        Assert.Equal("sqs:SendMessage", statement.Get("Action").Text());
        Assert.Equal(
            ["ExistingSourceObjectCreatedRule.Arn", "ExistingSourceObjectDeletedRule.Arn"],
            statement.At("Condition", "ArnEquals", "aws:SourceArn").Items().Select(arn => arn.Text()).Order(StringComparer.Ordinal));
    }
}
