namespace ThumbnailService.Local;

/// <summary>Finds the repository's folders from wherever the program or a test runs.</summary>
internal static class RepositoryLayout
{
    private const string SolutionFileName = "ThumbnailService.sln";

    /// <summary>The folder holding ThumbnailService.sln, found by walking up from the application's base directory.</summary>
    public static string Root => FindRoot(AppContext.BaseDirectory);

    /// <summary>root/tools/s3host: the Node program that hosts the local S3.</summary>
    public static string S3HostDirectory => Path.Combine(Root, "tools", "s3host");

    /// <summary>root/tools/moto: the Python helpers of the moto host (IAM identities, deployment checks).</summary>
    public static string MotoToolsDirectory => Path.Combine(Root, "tools", "moto");

    internal static string FindRoot(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException(
            $"No folder above '{startDirectory}' holds {SolutionFileName}; run from inside the repository.");
    }
}
