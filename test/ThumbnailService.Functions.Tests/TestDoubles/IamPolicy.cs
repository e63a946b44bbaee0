using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ThumbnailService.Functions.Tests.TestDoubles;

/// <summary>
/// Allow-only IAM evaluation of resolved inline policy documents: an action on a resource is allowed when some
/// statement lists the action and a resource pattern (<c>*</c> and <c>?</c> wildcards) that matches. Function policies
/// here have no Deny, NotAction or conditions; a document that has them is refused rather than misread.
/// </summary>
internal sealed class IamPolicy(IReadOnlyList<JsonObject> documents)
{
    public IEnumerable<(string Action, string Resource)> Grants =>
        Statements.SelectMany(statement => Values(statement, "Action").SelectMany(action => Values(statement, "Resource").Select(resource => (action, resource))));

    public bool Allows(string action, string resource) =>
        Grants.Any(grant => grant.Action == action && Matches(grant.Resource, resource));

    public static bool Matches(string pattern, string resource) =>
        Regex.IsMatch(resource, "^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$");

    private IEnumerable<JsonObject> Statements => documents.SelectMany(document => document["Statement"]!.AsArray()).Select(node =>
    {
        var statement = node!.AsObject();
        if ((string?)statement["Effect"] != "Allow" || statement.ContainsKey("NotAction") || statement.ContainsKey("NotResource") || statement.ContainsKey("Condition"))
        {
            throw new NotSupportedException($"Only plain Allow statements are evaluated here: {statement.ToJsonString()}");
        }

        return statement;
    });

    private static IEnumerable<string> Values(JsonObject statement, string name) => statement[name] switch
    {
        JsonArray array => array.Select(item => (string)item!),
        JsonValue value => [(string)value!],
        _ => [],
    };
}
