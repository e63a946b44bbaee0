using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace ThumbnailService.TestSupport.Deployment;

/// <summary><c>Fn::Sub</c>: <c>${Name}</c> (a variable of the second form, a parameter, a pseudo parameter or a resource),
/// <c>${LogicalId.Attribute}</c>, and <c>${!Literal}</c>.</summary>
internal static partial class Substitution
{
    public static string Expand(YamlNode argument, TemplateResolver resolver)
    {
        var (text, variables) = argument switch
        {
            YamlSequenceNode { Children.Count: 2 } pair => (TemplateResolver.Scalar(pair.Children[0]), pair.Children[1]),
            _ => (TemplateResolver.Scalar(argument), null),
        };
        var result = new StringBuilder();
        var at = 0;
        foreach (Match match in Placeholder().Matches(text))
        {
            result.Append(text, at, match.Index - at).Append(Value(match.Groups[1].Value, variables, resolver));
            at = match.Index + match.Length;
        }

        return result.Append(text, at, text.Length - at).ToString();
    }

    private static string Value(string name, YamlNode? variables, TemplateResolver resolver)
    {
        if (name.StartsWith('!'))
        {
            return "${" + name[1..] + "}";
        }

        if (variables.Get(name) is { } variable)
        {
            return resolver.Text(variable);
        }

        return name.Contains('.', StringComparison.Ordinal) && !name.StartsWith("AWS::", StringComparison.Ordinal)
            ? resolver.Attribute(name)
            : resolver.Reference(name)?.ToString() ?? throw new InvalidOperationException($"${{{name}}} cannot be AWS::NoValue.");
    }

    [GeneratedRegex(@"\$\{([^}]+)\}")]
    private static partial Regex Placeholder();
}
