namespace ThumbnailService.TestSupport.Deployment;

/// <summary>The folder holding ThumbnailService.sln, found by walking up from the test binaries.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    public static string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(directory.FullName, "ThumbnailService.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No ThumbnailService.sln above {AppContext.BaseDirectory}.");
    }
}
