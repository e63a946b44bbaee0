using YamlDotNet.RepresentationModel;

namespace ThumbnailService.TestSupport.Deployment;

/// <summary>The inline IAM statements of a function's <c>Policies</c>, every <c>!If</c> branch included.</summary>
internal static class PolicyStatements
{
    public static IReadOnlyList<YamlNode> Of(SamTemplate template, string functionId) =>
        template.FunctionProperty(functionId, "Policies").Items()
            .SelectMany(policy => policy.Branches())
            .SelectMany(policy => policy.Get("Statement").Items())
            .SelectMany(statement => statement.Branches())
            .ToList();

    public static IEnumerable<string?> Actions(YamlNode statement) => statement.Get("Action").Items().Select(action => action.Text());

    public static IEnumerable<YamlNode> Resources(YamlNode statement) => statement.Get("Resource").Items();
}
