using System.Text.RegularExpressions;
using ThumbnailService.Aws;

namespace ThumbnailService.Functions.Tests.Deployment;

public sealed class FunctionTemplateTests
{
    private static readonly SamTemplate Template = SamTemplate.Load();

    public static TheoryData<string> Functions => new(SamTemplate.Load().FunctionIds);

    [Fact]
    public void FunctionIds_Template_DeclaresOneFunctionPerHandler()
    {
        var handlers = Template.FunctionIds.Select(id => Template.FunctionProperty(id, "Handler").Text()).Order();

        Assert.Equal(FunctionNames.All.Order(), handlers);
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void Handler_EachFunction_IsAFunctionTheBinaryKnows(string functionId) =>
        Assert.Contains(Template.FunctionProperty(functionId, "Handler").Text(), FunctionNames.All);

    [Theory]
    [MemberData(nameof(Functions))]
    public void Packaging_EachFunction_IsTheMakefileBuiltBootstrapOnProvidedAl2023(string functionId)
    {
        Assert.Equal("src/", Template.FunctionProperty(functionId, "CodeUri").Text());
        Assert.Equal("provided.al2023", Template.FunctionProperty(functionId, "Runtime").Text());
        Assert.Equal("makefile", Template.Resource(functionId).At("Metadata", "BuildMethod").Text());
    }

    [Theory]
    [InlineData(null, "x86_64", "true")]
    [InlineData("x86_64", "x86_64", "true")]
    [InlineData("arm64", "arm64", "false")]
    public void Architecture_Parameter_SetsArchitecturesAndHeifOnlyWhereImageMagickShips(string? architecture, string expected, string heif)
    {
        var parameters = new Dictionary<string, string> { ["HeifInput"] = "true" };
        if (architecture is not null)
        {
            parameters["Architecture"] = architecture;
        }

        var resolver = new TemplateResolver(Template, new TemplateInputs { Parameters = parameters });
        foreach (string functionId in Template.FunctionIds)
        {
            var architectures = resolver.Resolve(Template.FunctionProperty(functionId, "Architectures"));
            Assert.Equal($"[\"{expected}\"]", architectures!.ToJsonString());
            Assert.Equal(heif, ResolvedFunction.Environment(resolver, functionId)["THUMBNAIL_HEIF"]);
        }
    }

    [Fact]
    public void Makefile_Arch_AcceptsExactlyTheTemplatesArchitectures()
    {
        var makefile = File.ReadAllText(RepositoryRoot.File("src", "Makefile"));
        var allowed = Template.Root.At("Parameters", "Architecture", "AllowedValues").Items().Select(node => node.Text()).Order();

        Assert.Equal(["arm64", "x86_64"], allowed);
        Assert.All(allowed, value => Assert.Contains($"ifeq ($(ARCH),{value})", makefile, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void Makefile_EachFunction_HasItsBuildTarget(string functionId)
    {
        var makefile = File.ReadAllText(RepositoryRoot.File("src", "Makefile"));

        Assert.Matches(new Regex($"^build-{Regex.Escape(functionId)}:", RegexOptions.Multiline), makefile);
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void RecursiveLoop_EachFunction_IsTerminate(string functionId) =>
        Assert.Equal("Terminate", Template.FunctionProperty(functionId, "RecursiveLoop").Text());

    [Theory]
    [MemberData(nameof(Functions))]
    public void LoggingConfig_EachFunction_IsJsonWithTheLevelParameter(string functionId)
    {
        var logging = Template.FunctionProperty(functionId, "LoggingConfig");

        Assert.Equal("JSON", logging.At("LogFormat").Text());
        Assert.Equal("!Ref", logging.At("ApplicationLogLevel").Intrinsic());
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void EventInvokeConfig_EachFunction_RetriesTwiceThenSendsToTheFailedEventsQueue(string functionId)
    {
        var config = Template.FunctionProperty(functionId, "EventInvokeConfig");
        var onFailure = config.At("DestinationConfig", "OnFailure");

        Assert.Equal("2", config.At("MaximumRetryAttempts").Text());
        Assert.Equal("21600", config.At("MaximumEventAgeInSeconds").Text());
        Assert.Equal("SQS", onFailure.At("Type").Text());
        Assert.Equal("!GetAtt", onFailure.At("Destination").Intrinsic());
        Assert.Equal("FailedEventsQueue.Arn", onFailure.At("Destination").Text());
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void ErrorsAlarm_EachFunction_Exists(string functionId) =>
        Assert.Contains(Template.ResourcesOfType("AWS::CloudWatch::Alarm"), alarm =>
            Template.Resource(alarm).At("Properties", "MetricName").Text() == "Errors"
            && Template.Resource(alarm).At("Properties", "Dimensions").Items()
                .Any(dimension => dimension.Get("Value").Intrinsic() == "!Ref" && dimension.Get("Value").Text() == functionId));
}
