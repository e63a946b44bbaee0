using System.Text.Json.Nodes;
using ThumbnailService.TestSupport.Deployment;
using Xunit.Abstractions;

namespace ThumbnailService.EndToEnd.Tests.Deployment;

/// <summary>
/// The deployment itself, as far as it can be tried without AWS (tools/moto/deploy.py): template.yaml through
/// aws-sam-translator, cfn-lint on the result, and a stack in moto's CloudFormation, whose resolution of the template is
/// then compared with the one the moto suites deploy by hand (TemplateResolver).
/// </summary>
public sealed class StackDeploymentTests(StackDeploymentFixture fixture, ITestOutputHelper output) : IClassFixture<StackDeploymentFixture>
{
    private static readonly IReadOnlyDictionary<string, string> Parameters = StackDeploymentFixture.Parameters;

    /// <summary>What moto 5.2.1's CloudFormation makes of the translated template (docs/s3-implementations.md).</summary>
    private static readonly string[] Created =
    [
        "SourceBucket", "ThumbnailBucket", "FailedEventsQueue", "ThumbnailQueue", "ThumbnailDeadLetterQueue", "ThumbnailQueueEventSource",
        "ThumbnailFunction", "ThumbnailFunctionRole", "CleanupFunction", "CleanupFunctionRole",
    ];

    [Fact]
    public async Task Deploy_TranslatedTemplate_LintsCleanAndMotoCreatesTheStack()
    {
        var report = await DeployAsync();

        Assert.Equal("CREATE_COMPLETE", report["status"]!.ToString());
        Assert.Empty(report["lint"]!.AsArray());
        var resources = report["resources"]!.AsObject();
        var notCreated = resources.Where(r => !(bool)r.Value!["created"]!)
            .Select(r => $"{r.Key} ({r.Value!["type"]}{(r.Value["condition"] is { } condition ? $", condition {condition}" : "")})").ToList();
        output.WriteLine($"moto created: {string.Join(", ", resources.Where(r => (bool)r.Value!["created"]!).Select(r => r.Key))}");
        output.WriteLine($"moto did not create: {string.Join(", ", notCreated)}; cfn-lint-serverless: {report["serverlessRules"]}");
        Assert.All(Created, id => Assert.True((bool)resources[id]!["created"]!, $"moto did not create {id}"));
    }

    [Theory]
    [InlineData("ThumbnailFunction")]
    [InlineData("CleanupFunction")]
    public async Task Deploy_RolePolicies_EqualWhatTheMotoSuitesResolve(string functionId)
    {
        var report = await DeployAsync();
        var queueArn = report["queues"]!["ThumbnailQueue"]!["QueueArn"]!.ToString();
        var resolver = new TemplateResolver(SamTemplate.Load(), new TemplateInputs
        {
            Parameters = Parameters,
            Attributes = new Dictionary<string, string> { ["ThumbnailQueue.Arn"] = queueArn },
        });

        var expected = ResolvedFunction.PolicyDocuments(resolver, functionId).Select(document => document["Statement"]).ToList();
        var deployed = report["roles"]![functionId + "Role"]!.AsObject()
            .Where(policy => policy.Key.StartsWith(functionId + "RolePolicy", StringComparison.Ordinal))
            .OrderBy(policy => policy.Key, StringComparer.Ordinal)
            .Select(policy => WithoutNulls(policy.Value!["Statement"]!.AsArray()))
            .ToList();

        Assert.Equal(expected.Count, deployed.Count);
        Assert.All(expected.Zip(deployed), pair => Assert.True(JsonNode.DeepEquals(pair.First, pair.Second), $"{pair.First}\n!=\n{pair.Second}"));
    }

    [Fact]
    public async Task Deploy_ThumbnailQueue_HasTheTemplatesRedriveAndAVisibilityTimeoutOfSixFunctionTimeouts()
    {
        var report = await DeployAsync();
        var queue = report["queues"]!["ThumbnailQueue"]!;
        var redrive = JsonNode.Parse(queue["RedrivePolicy"]!.ToString())!;
        var resolver = new TemplateResolver(SamTemplate.Load(), new TemplateInputs { Parameters = Parameters });

        Assert.Equal(resolver.Parameter("QueueVisibilityTimeout"), queue["VisibilityTimeout"]!.ToString());
        Assert.True(int.Parse(queue["VisibilityTimeout"]!.ToString(), System.Globalization.CultureInfo.InvariantCulture)
            >= 6 * ResolvedFunction.Number(resolver, "ThumbnailFunction", "Timeout"));
        Assert.Equal(resolver.Parameter("QueueMaxReceiveCount"), redrive["maxReceiveCount"]!.ToString());
        Assert.Equal(report["queues"]!["ThumbnailDeadLetterQueue"]!["QueueArn"]!.ToString(), redrive["deadLetterTargetArn"]!.ToString());
    }

    /// <summary>moto's CloudFormation keeps an <c>!If</c>'s AWS::NoValue as a null list item; CloudFormation removes it.</summary>
    private static JsonArray WithoutNulls(JsonArray statements) => new(statements.Where(s => s is not null).Select(s => s!.DeepClone()).ToArray());

    private Task<JsonObject> DeployAsync() => Task.FromResult(fixture.Report);
}
