using System.Globalization;
using System.Text.Json.Nodes;

namespace ThumbnailService.TestSupport.Deployment;

/// <summary>What a deployment of template.yaml gives one function, resolved: its inline IAM policies and its environment.</summary>
internal static class ResolvedFunction
{
    /// <summary>One IAM policy document per entry of the function's <c>Policies</c> (SAM makes one inline role policy of each).</summary>
    public static IReadOnlyList<JsonObject> PolicyDocuments(TemplateResolver resolver, string functionId)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        var documents = new List<JsonObject>();
        foreach (var policy in resolver.Template.FunctionProperty(functionId, "Policies").Items())
        {
            switch (resolver.Resolve(policy))
            {
                case null:
                    continue;
                case JsonObject inline when inline["Statement"] is JsonArray statements:
                    documents.Add(new JsonObject { ["Version"] = "2012-10-17", ["Statement"] = statements.DeepClone() });
                    break;
                case var other:
                    throw new NotSupportedException(
                        $"{functionId}: only inline Statement policies are resolved, not {other.ToJsonString()} (a managed policy or SAM policy template).");
            }
        }

        return documents;
    }

    /// <summary>Globals' and the function's own <c>Environment.Variables</c>, resolved (a variable that resolves to AWS::NoValue is left out).</summary>
    public static Dictionary<string, string> Environment(TemplateResolver resolver, string functionId)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, node) in resolver.Template.EnvironmentOf(functionId))
        {
            if (resolver.Resolve(node) is { } value)
            {
                variables[name] = value.ToString();
            }
        }

        return variables;
    }

    /// <summary>A numeric function property (Timeout, MemorySize), from the function or Globals.</summary>
    public static int Number(TemplateResolver resolver, string functionId, string property)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        var node = resolver.Template.FunctionProperty(functionId, property)
            ?? throw new InvalidOperationException($"{functionId} has no {property}, not even in Globals.");
        return int.Parse(resolver.Text(node), NumberStyles.None, CultureInfo.InvariantCulture);
    }

    public static string Handler(TemplateResolver resolver, string functionId)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return resolver.Text(resolver.Template.FunctionProperty(functionId, "Handler")
            ?? throw new InvalidOperationException($"{functionId} has no Handler."));
    }
}
