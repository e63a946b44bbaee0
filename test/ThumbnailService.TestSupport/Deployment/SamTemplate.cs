using YamlDotNet.RepresentationModel;

namespace ThumbnailService.TestSupport.Deployment;

/// <summary>template.yaml at the repository root, with the lookups a reviewer makes (Globals applied as SAM does).</summary>
internal sealed class SamTemplate
{
    private static readonly Lazy<SamTemplate> Instance = new(() => Parse(File.ReadAllText(RepositoryRoot.File("template.yaml"))));

    private SamTemplate(YamlNode root) => Root = root;

    public static SamTemplate Load() => Instance.Value;

    public YamlNode Root { get; }

    public YamlNode GlobalFunction => Root.At("Globals", "Function") ?? new YamlMappingNode();

    public IEnumerable<KeyValuePair<string, YamlNode>> Resources => Root.Get("Resources").Entries();

    public IReadOnlyList<string> FunctionIds => ResourcesOfType("AWS::Serverless::Function").ToList();

    public static SamTemplate Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return new SamTemplate(stream.Documents[0].RootNode);
    }

    public YamlNode Resource(string logicalId) =>
        Root.At("Resources", logicalId) ?? throw new InvalidOperationException($"No resource {logicalId} in template.yaml.");

    public IEnumerable<string> ResourcesOfType(string type) =>
        Resources.Where(entry => entry.Value.Get("Type").Text() == type).Select(entry => entry.Key);

    /// <summary>A function property, falling back to Globals.Function like the SAM transform.</summary>
    public YamlNode? FunctionProperty(string functionId, string name) =>
        Resource(functionId).At("Properties", name) ?? GlobalFunction.Get(name);

    /// <summary>Globals' environment variables overlaid with the function's own.</summary>
    public IReadOnlyDictionary<string, YamlNode> EnvironmentOf(string functionId)
    {
        var variables = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var source in new[] { GlobalFunction, Resource(functionId).Get("Properties") })
        {
            foreach (var (name, value) in source.At("Environment", "Variables").Entries())
            {
                variables[name] = value;
            }
        }

        return variables;
    }

    /// <summary>The node a <c>!Ref LogicalId</c> of an S3 bucket resolves to: its BucketName property.</summary>
    public YamlNode? BucketNameOf(YamlNode reference) =>
        reference.Intrinsic() == "!Ref" && reference.Text() is { } id ? Resource(id).At("Properties", "BucketName") : null;
}
