using YamlDotNet.RepresentationModel;

namespace ThumbnailService.TestSupport.Deployment;

/// <summary>
/// The long name (<c>Ref</c>, <c>Fn::Sub</c>, <c>Condition</c>...) of an intrinsic function node, written either in short form
/// (a YAML tag, <c>!Sub</c>) or in long form (a mapping with the single key <c>Fn::Sub</c>), and the node holding its argument.
/// </summary>
internal static class IntrinsicName
{
    public static bool TryRead(YamlNode node, out string name, out YamlNode argument)
    {
        if (node.Intrinsic() is { } tag)
        {
            name = tag[1..] is "Ref" or "Condition" ? tag[1..] : "Fn::" + tag[1..];
            argument = node;
            return true;
        }

        if (node is YamlMappingNode { Children.Count: 1 } mapping
            && mapping.Children.First() is { Key: YamlScalarNode { Value: { } key } } entry
            && (key == "Ref" || key.StartsWith("Fn::", StringComparison.Ordinal)))
        {
            name = key;
            argument = entry.Value;
            return true;
        }

        name = string.Empty;
        argument = node;
        return false;
    }
}
