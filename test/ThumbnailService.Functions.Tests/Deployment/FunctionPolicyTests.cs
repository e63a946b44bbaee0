namespace ThumbnailService.Functions.Tests.Deployment;

public sealed class FunctionPolicyTests
{
    private static readonly SamTemplate Template = SamTemplate.Load();

    public static TheoryData<string> Functions => new(SamTemplate.Load().FunctionIds);

    [Theory]
    [MemberData(nameof(Functions))]
    public void Policies_EachFunction_AreInlineStatementsOnly(string functionId)
    {
        var policies = Template.FunctionProperty(functionId, "Policies").Items().SelectMany(policy => policy.Branches()).ToList();

        Assert.NotEmpty(policies);
        Assert.All(policies, policy => Assert.NotNull(policy.Get("Statement")));
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void Actions_EachFunction_AreExplicitS3ActionsWithoutWildcards(string functionId)
    {
        var actions = PolicyStatements.Of(Template, functionId).Where(statement => !IsQueueStatement(statement)).SelectMany(PolicyStatements.Actions).ToList();

        Assert.NotEmpty(actions);
        Assert.All(actions, action =>
        {
            Assert.NotNull(action);
            Assert.StartsWith("s3:", action, StringComparison.Ordinal);
            Assert.DoesNotContain("*", action, StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void QueueStatements_EachFunction_OnlyConsumeThumbnailQueue(string functionId)
    {
        var queueStatements = PolicyStatements.Of(Template, functionId).Where(IsQueueStatement).ToList();

        Assert.All(queueStatements, statement =>
        {
            Assert.Equal("ThumbnailQueue.Arn", Assert.Single(PolicyStatements.Resources(statement)).Text());
            Assert.Equal(
                ["sqs:ChangeMessageVisibility", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:ReceiveMessage"],
                PolicyStatements.Actions(statement).Order(StringComparer.Ordinal));
        });
        Assert.Equal(functionId == "ThumbnailFunction" ? 1 : 0, queueStatements.Count);
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void Resources_EachFunction_NameOnlyTheServiceBucketsByDeterministicName(string functionId)
    {
        var allowed = BucketArns.Allowed(Template);

        Assert.All(PolicyStatements.Of(Template, functionId).Where(statement => !IsQueueStatement(statement)).SelectMany(PolicyStatements.Resources), resource =>
        {
            // !Ref/!GetAtt of a bucket with an S3 event would make the role depend on the bucket: a cycle.
            Assert.Equal("!Sub", resource.Intrinsic());
            Assert.Contains(resource.Text() ?? string.Empty, allowed);
        });
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void WriteActions_EachFunction_OnlyTargetTheThumbnailBucket(string functionId)
    {
        var thumbnailObjects = BucketArns.Objects(BucketArns.NameOf(Template, "ThumbnailBucket"));
        var writes = PolicyStatements.Of(Template, functionId)
            .Where(statement => PolicyStatements.Actions(statement).Any(action => action is "s3:PutObject" or "s3:DeleteObject"));

        Assert.All(writes, statement => Assert.All(PolicyStatements.Resources(statement), resource =>
            Assert.Equal(thumbnailObjects, resource.Text())));
    }

    private static bool IsQueueStatement(YamlDotNet.RepresentationModel.YamlNode statement) =>
        PolicyStatements.Actions(statement).Any(action => action?.StartsWith("sqs:", StringComparison.Ordinal) == true);
}
