namespace ThumbnailService.Functions.Tests.Deployment;

/// <summary>The <c>!Sub</c> ARN texts a function policy may name: the two buckets of the stack and the optional existing one.</summary>
internal static class BucketArns
{
    public const string ExistingBucketName = "${ExistingSourceBucketName}";

    public static string NameOf(SamTemplate template, string bucketId) =>
        template.Resource(bucketId).At("Properties", "BucketName").Text()
        ?? throw new InvalidOperationException($"{bucketId} has no deterministic BucketName.");

    public static string Bucket(string name) => $"arn:${{AWS::Partition}}:s3:::{name}";

    public static string Objects(string name) => $"{Bucket(name)}/*";

    public static IReadOnlySet<string> Allowed(SamTemplate template)
    {
        var names = new List<string> { NameOf(template, "SourceBucket"), NameOf(template, "ThumbnailBucket") };
        if (template.Root.At("Parameters", "ExistingSourceBucketName") is not null)
        {
            names.Add(ExistingBucketName);
        }

        return names.SelectMany(name => new[] { Bucket(name), Objects(name) }).ToHashSet(StringComparer.Ordinal);
    }
}
