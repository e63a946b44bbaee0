namespace ThumbnailService.TestSupport.Deployment;

/// <summary>
/// What a deployment would supply to template.yaml: parameter values (overriding the defaults), the pseudo parameters,
/// and the attributes of resources created outside the resolver (<c>!GetAtt ThumbnailQueue.Arn</c>, <c>!Ref ThumbnailQueue</c>).
/// </summary>
internal sealed record TemplateInputs
{
    /// <summary>moto's default account, which its ARNs and queue URLs carry.</summary>
    public const string DefaultAccountId = "123456789012";

    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary><c>"LogicalId.Attribute"</c> to value, for <c>!GetAtt</c> and <c>${LogicalId.Attribute}</c>.</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();

    /// <summary>Logical id to the value <c>!Ref</c> gives (a queue's URL, a bucket's name).</summary>
    public IReadOnlyDictionary<string, string> References { get; init; } = new Dictionary<string, string>();

    public string AccountId { get; init; } = DefaultAccountId;

    public string Region { get; init; } = "us-east-1";

    public string Partition { get; init; } = "aws";

    public string StackName { get; init; } = "thumbnail-service-test";
}
