using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace ThumbnailService.TestSupport.Deployment;

/// <summary>
/// Evaluates template.yaml as CloudFormation would for given <see cref="TemplateInputs"/>: parameters (defaults plus
/// overrides), pseudo parameters, conditions, and the intrinsic functions <c>Ref</c>, <c>Fn::Sub</c>, <c>Fn::If</c>,
/// <c>Fn::GetAtt</c>, <c>Fn::Join</c> (short or long form). <c>!Ref AWS::NoValue</c> removes the list item or property
/// it stands for. Anything else fails loudly, so a template change the resolver cannot follow breaks the tests, never
/// silently changes what they deploy. Parameter constraints (MinValue, AllowedValues) are deliberately not applied:
/// tests pass short timeouts.
/// </summary>
internal sealed class TemplateResolver
{
    private readonly Dictionary<string, string> _parameters = new(StringComparer.Ordinal);
    private readonly ConditionEvaluator _conditions;

    public TemplateResolver(SamTemplate template, TemplateInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(template);
        Template = template;
        Inputs = inputs ?? throw new ArgumentNullException(nameof(inputs));
        foreach (var (name, declaration) in template.Root.Get("Parameters").Entries())
        {
            if (declaration.Get("Default").Text() is { } value)
            {
                _parameters[name] = value;
            }
        }

        foreach (var (name, value) in inputs.Parameters)
        {
            _parameters[name] = template.Root.At("Parameters", name) is not null
                ? value
                : throw new ArgumentException($"template.yaml declares no parameter '{name}'.", nameof(inputs));
        }

        _parameters["AWS::AccountId"] = inputs.AccountId;
        _parameters["AWS::Region"] = inputs.Region;
        _parameters["AWS::Partition"] = inputs.Partition;
        _parameters["AWS::StackName"] = inputs.StackName;
        _parameters["AWS::URLSuffix"] = "amazonaws.com";
        _conditions = new ConditionEvaluator(template, this);
    }

    public SamTemplate Template { get; }

    public TemplateInputs Inputs { get; }

    public string Parameter(string name) =>
        _parameters.TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"Parameter '{name}' has no value (no Default, no override).");

    public bool Condition(string name) => _conditions.Evaluate(name);

    /// <summary>Whether a resource is created: it has no <c>Condition</c>, or its condition holds.</summary>
    public bool IsCreated(string logicalId) =>
        Template.Resource(logicalId).Get("Condition").Text() is not { } condition || Condition(condition);

    /// <summary>The node's value with every intrinsic evaluated; null for <c>!Ref AWS::NoValue</c>.</summary>
    public JsonNode? Resolve(YamlNode? node)
    {
        if (node is null)
        {
            return null;
        }

        if (IntrinsicName.TryRead(node, out var name, out var argument))
        {
            return ResolveIntrinsic(name, argument);
        }

        switch (node)
        {
            case YamlMappingNode mapping:
                var json = new JsonObject();
                foreach (var (key, value) in mapping.Entries())
                {
                    if (Resolve(value) is { } resolved)
                    {
                        json[key] = resolved;
                    }
                }

                return json;
            case YamlSequenceNode sequence:
                return new JsonArray(sequence.Children.Select(Resolve).Where(item => item is not null).ToArray());
            default:
                return JsonValue.Create(node.Text() ?? string.Empty);
        }
    }

    /// <summary><see cref="Resolve"/> of a node that must come out as text (a Sub, a Ref, a literal).</summary>
    public string Text(YamlNode node) => Resolve(node) switch
    {
        JsonValue value => value.ToString(),
        var other => throw new InvalidOperationException($"Expected a text value, got {other?.ToJsonString() ?? "AWS::NoValue"} at {node.Start}."),
    };

    private JsonNode? ResolveIntrinsic(string name, YamlNode argument) => name switch
    {
        "Ref" => Reference(Scalar(argument)),
        "Fn::Sub" => JsonValue.Create(Substitution.Expand(argument, this)),
        "Fn::If" => ResolveIf(argument),
        "Fn::GetAtt" => JsonValue.Create(Attribute(GetAttTarget(argument))),
        "Fn::Join" => JsonValue.Create(Join(argument)),
        _ => throw new NotSupportedException($"TemplateResolver does not evaluate {name} (at {argument.Start}); add it there."),
    };

    internal JsonNode? Reference(string name)
    {
        if (name == "AWS::NoValue")
        {
            return null;
        }

        if (_parameters.TryGetValue(name, out var value) || Inputs.References.TryGetValue(name, out value))
        {
            return JsonValue.Create(value);
        }

        throw new KeyNotFoundException($"!Ref {name}: no parameter of that name, and no value for that resource in TemplateInputs.References.");
    }

    internal string Attribute(string target) =>
        Inputs.Attributes.TryGetValue(target, out var value)
            ? value
            : throw new KeyNotFoundException($"!GetAtt {target}: no value given in TemplateInputs.Attributes.");

    private JsonNode? ResolveIf(YamlNode argument)
    {
        var parts = Items(argument, 3, "Fn::If");
        return Resolve(Condition(Scalar(parts[0])) ? parts[1] : parts[2]);
    }

    private string Join(YamlNode argument)
    {
        var parts = Items(argument, 2, "Fn::Join");
        var values = Resolve(parts[1]) as JsonArray ?? throw new InvalidOperationException($"Fn::Join needs a list at {argument.Start}.");
        return string.Join(Scalar(parts[0]), values.Select(value => value?.ToString()));
    }

    private static string GetAttTarget(YamlNode argument) => argument switch
    {
        YamlSequenceNode { Children.Count: 2 } pair => $"{Scalar(pair.Children[0])}.{Scalar(pair.Children[1])}",
        _ => Scalar(argument),
    };

    internal static string Scalar(YamlNode node) =>
        (node as YamlScalarNode)?.Value ?? throw new InvalidOperationException($"Expected a plain value at {node.Start}.");

    internal static IReadOnlyList<YamlNode> Items(YamlNode argument, int count, string function) =>
        argument is YamlSequenceNode sequence && sequence.Children.Count == count
            ? sequence.Children.ToList()
            : throw new InvalidOperationException($"{function} takes a list of {count} at {argument.Start}.");
}
