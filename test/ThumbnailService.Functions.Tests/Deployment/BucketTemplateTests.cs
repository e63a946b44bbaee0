namespace ThumbnailService.Functions.Tests.Deployment;

public sealed class BucketTemplateTests
{
    private static readonly SamTemplate Template = SamTemplate.Load();

    public static TheoryData<string> Buckets => new(SamTemplate.Load().ResourcesOfType("AWS::S3::Bucket"));

    [Fact]
    public void Buckets_Template_AreTheSourceAndThumbnailBuckets() =>
        Assert.Equal(["SourceBucket", "ThumbnailBucket"], Template.ResourcesOfType("AWS::S3::Bucket").Order());

    [Theory]
    [MemberData(nameof(Buckets))]
    public void BucketName_EachBucket_IsDeterministicAndLowerCase(string bucketId)
    {
        var name = Template.Resource(bucketId).At("Properties", "BucketName");

        Assert.Equal("!Sub", name.Intrinsic());
        Assert.StartsWith("${NamePrefix}-", name.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("${AWS::StackName}", name.Text(), StringComparison.Ordinal); // stack names may be upper case
    }

    [Theory]
    [MemberData(nameof(Buckets))]
    public void PublicAccessBlock_EachBucket_BlocksEverything(string bucketId)
    {
        var block = Template.Resource(bucketId).At("Properties", "PublicAccessBlockConfiguration");

        Assert.All(
            new[] { "BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets" },
            setting => Assert.Equal("true", block.At(setting).Text()));
    }

    [Theory]
    [MemberData(nameof(Buckets))]
    public void Encryption_EachBucket_IsOnByDefault(string bucketId)
    {
        var rule = Template.Resource(bucketId).At("Properties", "BucketEncryption", "ServerSideEncryptionConfiguration").Items().Single();

        Assert.Contains(rule.At("ServerSideEncryptionByDefault", "SSEAlgorithm").Text(), new[] { "AES256", "aws:kms", "aws:kms:dsse" });
    }

    [Theory]
    [MemberData(nameof(Buckets))]
    public void Ownership_EachBucket_IsBucketOwnerEnforced(string bucketId) =>
        Assert.Equal("BucketOwnerEnforced", Template.Resource(bucketId).At("Properties", "OwnershipControls", "Rules").Items().Single().Get("ObjectOwnership").Text());

    [Theory]
    [MemberData(nameof(Buckets))]
    public void BucketPolicy_EachBucket_DeniesRequestsWithoutTls(string bucketId)
    {
        var statements = Template.ResourcesOfType("AWS::S3::BucketPolicy")
            .Select(id => Template.Resource(id).Get("Properties")!)
            .Where(properties => properties.Get("Bucket").Intrinsic() == "!Ref" && properties.Get("Bucket").Text() == bucketId)
            .SelectMany(properties => properties.At("PolicyDocument", "Statement").Items());

        Assert.Contains(statements, statement =>
            statement.Get("Effect").Text() == "Deny"
            && statement.Get("Action").Items().Any(action => action.Text() == "s3:*")
            && statement.At("Condition", "Bool", "aws:SecureTransport").Text() == "false"
            && statement.Get("Resource").Items().Count() == 2);
    }
}
