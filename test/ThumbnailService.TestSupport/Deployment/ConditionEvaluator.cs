using YamlDotNet.RepresentationModel;

namespace ThumbnailService.TestSupport.Deployment;

/// <summary>The template's <c>Conditions</c>: <c>Fn::Equals</c>, <c>Fn::Not</c>, <c>Fn::And</c>, <c>Fn::Or</c> and
/// <c>Condition</c> references, over resolved values. Each condition is evaluated once.</summary>
internal sealed class ConditionEvaluator(SamTemplate template, TemplateResolver resolver)
{
    private readonly Dictionary<string, bool> _known = new(StringComparer.Ordinal);

    public bool Evaluate(string name)
    {
        if (!_known.TryGetValue(name, out var value))
        {
            var definition = template.Root.At("Conditions", name)
                ?? throw new KeyNotFoundException($"template.yaml declares no condition '{name}'.");
            _known[name] = value = Evaluate(definition);
        }

        return value;
    }

    private bool Evaluate(YamlNode node)
    {
        if (node is YamlMappingNode { Children.Count: 1 } mapping && mapping.Children.First().Key is YamlScalarNode { Value: "Condition" })
        {
            return Evaluate(TemplateResolver.Scalar(mapping.Children.First().Value));
        }

        if (!IntrinsicName.TryRead(node, out var name, out var argument))
        {
            throw new InvalidOperationException($"Not a condition function at {node.Start}.");
        }

        return name switch
        {
            "Condition" => Evaluate(TemplateResolver.Scalar(argument)),
            "Fn::Equals" => Equal(TemplateResolver.Items(argument, 2, name)),
            "Fn::Not" => !Evaluate(TemplateResolver.Items(argument, 1, name)[0]),
            "Fn::And" => Operands(argument).All(Evaluate),
            "Fn::Or" => Operands(argument).Any(Evaluate),
            _ => throw new NotSupportedException($"ConditionEvaluator does not evaluate {name} (at {node.Start})."),
        };
    }

    private bool Equal(IReadOnlyList<YamlNode> pair) =>
        string.Equals(resolver.Text(pair[0]), resolver.Text(pair[1]), StringComparison.Ordinal);

    private static List<YamlNode> Operands(YamlNode argument) =>
        (argument as YamlSequenceNode)?.Children.ToList() ?? throw new InvalidOperationException($"Expected a list of conditions at {argument.Start}.");
}
