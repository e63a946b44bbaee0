using ThumbnailService.Core.Options;
using ThumbnailService.Functions.Composition;
using YamlDotNet.RepresentationModel;

namespace ThumbnailService.Functions.Tests.Deployment;

public sealed class FunctionEnvironmentTests
{
    private static readonly SamTemplate Template = SamTemplate.Load();

    public static TheoryData<string> Functions => new(SamTemplate.Load().FunctionIds);

    [Theory]
    [MemberData(nameof(Functions))]
    public void Environment_EachFunction_DeclaresEveryConfigurationVariable(string functionId)
    {
        // `sam local invoke --env-vars` only overrides variables the template declares.
        var declared = Template.EnvironmentOf(functionId);

        Assert.All(ConfigurationVariables.All, name => Assert.Contains(name, declared.Keys));
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void ThumbnailBucketVariable_EachFunction_IsTheThumbnailBucketName(string functionId) =>
        Assert.Equal(BucketArns.NameOf(Template, "ThumbnailBucket"), BucketName(Template.EnvironmentOf(functionId)[ConfigurationVariables.ThumbnailBucket]));

    [Theory]
    [MemberData(nameof(Functions))]
    public void S3Events_EachFunction_NeverTriggerOnTheBucketItWritesTo(string functionId)
    {
        var output = BucketName(Template.EnvironmentOf(functionId)[ConfigurationVariables.ThumbnailBucket]);
        var triggers = S3Events(functionId).Select(properties => BucketName(properties.Get("Bucket")!)).ToList();

        Assert.NotEmpty(triggers);
        Assert.All(triggers, trigger =>
        {
            Assert.NotNull(trigger);
            Assert.NotEqual(output, trigger);
        });
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void S3Events_EachFunction_SubscribeOnlyToWhatItsHandlerServes(string functionId)
    {
        var expected = Template.FunctionProperty(functionId, "Handler").Text() == FunctionNames.Thumbnail ? "s3:ObjectCreated:" : "s3:ObjectRemoved:";
        var subscribed = S3Events(functionId).SelectMany(properties => properties.Get("Events").Items()).Select(node => node.Text()).ToList();

        Assert.NotEmpty(subscribed);
        Assert.All(subscribed, name => Assert.StartsWith(expected, name, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void EndpointOverride_EmptyByDefault_TellsTheSdkToIgnoreIt(string functionId)
    {
        // AWSSDK 4.1 fails every request on AWS_ENDPOINT_URL_S3="" ("Custom endpoint `` was not a valid URI").
        var declared = Template.EnvironmentOf(functionId);

        Assert.Equal(string.Empty, declared["AWS_ENDPOINT_URL_S3"].Text());
        Assert.Equal("true", declared["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"].Text());
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void MaxBytes_EachFunction_IsTheDocumentedDefault(string functionId) =>
        Assert.Equal(
            ThumbnailOptions.DefaultMaxSourceBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Template.EnvironmentOf(functionId)[ConfigurationVariables.MaxBytes].Text());

    private static IEnumerable<YamlNode> S3Events(string functionId) =>
        Template.Resource(functionId).At("Properties", "Events").Entries()
            .Where(entry => entry.Value.Get("Type").Text() == "S3")
            .Select(entry => entry.Value.Get("Properties")!);

    /// <summary>The <c>!Sub</c> text of a bucket name, following a <c>!Ref</c> to a bucket resource.</summary>
    private static string? BucketName(YamlNode node) => (Template.BucketNameOf(node) ?? node).Text();
}
