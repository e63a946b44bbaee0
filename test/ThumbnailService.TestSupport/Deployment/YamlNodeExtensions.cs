using YamlDotNet.RepresentationModel;

namespace ThumbnailService.TestSupport.Deployment;

/// <summary>Reads a CloudFormation template as YAML nodes; short-form intrinsics (!Sub, !Ref, !If...) stay as node tags.</summary>
internal static class YamlNodeExtensions
{
    public static YamlNode? Get(this YamlNode? node, string key) =>
        node is YamlMappingNode mapping
            ? mapping.Children.FirstOrDefault(entry => entry.Key is YamlScalarNode scalar && scalar.Value == key).Value
            : null;

    public static YamlNode? At(this YamlNode? node, params string[] path)
    {
        YamlNode? current = node;
        foreach (var key in path)
        {
            current = current?.Get(key);
        }

        return current;
    }

    public static string? Text(this YamlNode? node) => (node as YamlScalarNode)?.Value;

    /// <summary>The tag of a short-form intrinsic ("!Sub", "!Ref"...), or null for a plain node.</summary>
    public static string? Intrinsic(this YamlNode? node) => node is null || node.Tag.IsEmpty ? null : node.Tag.Value;

    public static IEnumerable<KeyValuePair<string, YamlNode>> Entries(this YamlNode? node) =>
        node is YamlMappingNode mapping
            ? mapping.Children.Select(entry => KeyValuePair.Create(((YamlScalarNode)entry.Key).Value!, entry.Value))
            : [];

    /// <summary>A scalar as a one-item list, a sequence as its items, nothing for null.</summary>
    public static IEnumerable<YamlNode> Items(this YamlNode? node) => node switch
    {
        null => [],
        YamlSequenceNode sequence when sequence.Intrinsic() is null => sequence.Children,
        _ => [node],
    };

    /// <summary>
    /// Both branches of <c>!If [condition, a, b]</c> (dropping <c>!Ref AWS::NoValue</c>), the node itself otherwise:
    /// what a statement list can contain under some parameter values.
    /// </summary>
    public static IEnumerable<YamlNode> Branches(this YamlNode node)
    {
        if (node.Intrinsic() == "!If" && node is YamlSequenceNode { Children.Count: 3 } choice)
        {
            return choice.Children.Skip(1)
                .Where(branch => !(branch.Intrinsic() == "!Ref" && branch.Text() == "AWS::NoValue"))
                .SelectMany(Branches);
        }

        return [node];
    }
}
