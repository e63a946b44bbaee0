namespace ThumbnailService.Aws;

/// <summary>
/// The functions of the set: the handler name that picks one (<c>_HANDLER</c>, the template's <c>Handler</c>) and its
/// logical id in template.yaml.
/// </summary>
public static class FunctionNames
{
    public const string Thumbnail = "thumbnail";
    public const string Cleanup = "cleanup";
    public const string ThumbnailLogicalId = "ThumbnailFunction";
    public const string CleanupLogicalId = "CleanupFunction";

    public static IReadOnlyList<string> All { get; } = [Thumbnail, Cleanup];

    /// <summary>The template's logical id of a handler name.</summary>
    public static string LogicalIdOf(string handler) => handler switch
    {
        Thumbnail => ThumbnailLogicalId,
        Cleanup => CleanupLogicalId,
        _ => throw new ArgumentOutOfRangeException(nameof(handler), handler, $"Known handlers: {string.Join(", ", All)}."),
    };
}
