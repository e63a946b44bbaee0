namespace ThumbnailService.Functions.Tests.Deployment;

public sealed class ErrorRateAlarmTemplateTests
{
    private static readonly SamTemplate Template = SamTemplate.Load();

    [Fact]
    public void ThumbnailErrorRateAlarm_Template_DividesErrorsByInvocationsOfThumbnailFunction()
    {
        var properties = Template.Resource("ThumbnailErrorRateAlarm").Get("Properties");
        var metrics = properties.Get("Metrics").Items().ToDictionary(m => m.Get("Id").Text()!);

        Assert.Equal("AWS::CloudWatch::Alarm", Template.Resource("ThumbnailErrorRateAlarm").Get("Type").Text());
        Assert.Equal("Errors", metrics["errors"].At("MetricStat", "Metric", "MetricName").Text());
        Assert.Equal("Invocations", metrics["invocations"].At("MetricStat", "Metric", "MetricName").Text());
        Assert.All([metrics["errors"], metrics["invocations"]], metric =>
        {
            var value = metric.At("MetricStat", "Metric", "Dimensions").Items().Single().Get("Value");
            Assert.Equal(("!Ref", "ThumbnailFunction"), (value.Intrinsic(), value.Text()));
            Assert.Equal("false", metric.Get("ReturnData").Text());
        });
        Assert.Contains("100 * errors / invocations", metrics["errorRate"].Get("Expression").Text(), StringComparison.Ordinal);
        Assert.Equal("true", metrics["errorRate"].Get("ReturnData").Text());
    }

    [Fact]
    public void ThumbnailErrorRateAlarm_Template_AlarmsAbove5PercentAndIgnoresMissingData()
    {
        var properties = Template.Resource("ThumbnailErrorRateAlarm").Get("Properties");

        Assert.Equal("5", properties.Get("Threshold").Text());
        Assert.Equal("GreaterThanThreshold", properties.Get("ComparisonOperator").Text());
        Assert.Equal("notBreaching", properties.Get("TreatMissingData").Text());
        Assert.Null(properties.Get("MetricName"));
    }
}
