namespace ThumbnailService.Local.Commands.Run;

/// <summary>The files <c>thumbs run</c> uploads: every regular, non-hidden file below a folder, keyed by relative path.</summary>
internal static class SourceFolder
{
    private static readonly EnumerationOptions Walk = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
        IgnoreInaccessible = true,
    };

    /// <summary>Sorted by key (ordinal); keys use '/' separators. Files and folders whose names start with '.' and README.md are skipped.</summary>
    public static IReadOnlyList<SourceFile> List(string root) =>
        new DirectoryInfo(root).EnumerateFiles("*", Walk)
            .Where(file => !file.Name.Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Select(file => new SourceFile(KeyOf(root, file.FullName), file.FullName, file.Length))
            .Where(file => !file.Key.Split('/').Any(segment => segment.StartsWith('.')))
            .OrderBy(file => file.Key, StringComparer.Ordinal)
            .ToList();

    private static string KeyOf(string root, string path) =>
        Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');
}
