using System.Text.Json;

namespace ThumbnailService.Local.Commands;

/// <summary>
/// SAM's <c>--env-vars</c> file: <c>{"Parameters": {...}}</c> applies to every function, <c>{"LogicalId": {...}}</c>
/// to one; the function's own entries win.
/// </summary>
internal static class SamEnvVars
{
    public const string AllFunctionsKey = "Parameters";

    /// <summary>The variables for <paramref name="logicalId"/>; throws <see cref="FormatException"/> naming the bad entry.</summary>
    public static Dictionary<string, string> Parse(string json, string logicalId)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new FormatException($"not valid JSON ({e.Message})", e);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("expected a JSON object such as {\"Parameters\": {\"NAME\": \"value\"}}");
            }

            var variables = new Dictionary<string, string>(StringComparer.Ordinal);
            Apply(document.RootElement, AllFunctionsKey, variables);
            Apply(document.RootElement, logicalId, variables);
            return variables;
        }
    }

    private static void Apply(JsonElement root, string section, Dictionary<string, string> variables)
    {
        if (!root.TryGetProperty(section, out var entries) || entries.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (entries.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"\"{section}\" must be an object of variable names to values");
        }

        foreach (var entry in entries.EnumerateObject())
        {
            switch (entry.Value.ValueKind)
            {
                case JsonValueKind.String:
                    variables[entry.Name] = entry.Value.GetString()!;
                    break;
                case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                    variables[entry.Name] = entry.Value.GetRawText();
                    break;
                case JsonValueKind.Null:
                    variables.Remove(entry.Name);
                    break;
                default:
                    throw new FormatException($"\"{section}\".\"{entry.Name}\" must be a string, number or boolean");
            }
        }
    }
}
