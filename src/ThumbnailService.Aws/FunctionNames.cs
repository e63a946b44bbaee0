namespace ThumbnailService.Aws;

/// <summary>The functions of the set, chosen by <c>_HANDLER</c> (the template's <c>Handler</c>).</summary>
public static class FunctionNames
{
    public const string Thumbnail = "thumbnail";
    public const string Cleanup = "cleanup";

    public static IReadOnlyList<string> All { get; } = [Thumbnail, Cleanup];
}
