using System.Xml.Linq;

namespace ThumbnailService.Bench.Cold;

/// <summary>
/// What a <see cref="ColdVariant"/> publishes: the project (relative to the repository), the executable it makes, the
/// build files outside project folders it needs, and (<see cref="Sources"/>) the folder of the project and of every
/// project it references, read from the .csproj files, so that a project the build gains is never missing from the
/// private copy of the sources (the staleness check reads the same list).
/// </summary>
internal sealed record ColdProject(string ProjectPath, string BinaryName, IReadOnlyList<string> BuildFiles)
{
    /// <summary>The Lambda function's <c>bootstrap</c>, built from src/ alone as <c>sam build</c> does.</summary>
    public static ColdProject Function { get; } = new(
        "src/ThumbnailService.Functions/ThumbnailService.Functions.csproj",
        "bootstrap",
        ["src/Directory.Build.props", "src/Directory.Packages.props"]);

    /// <summary>tools/ThumbnailService.ColdRender: a console app that renders a local file with the Core's pipeline.</summary>
    public static ColdProject ColdRender { get; } = new(
        "tools/ThumbnailService.ColdRender/ThumbnailService.ColdRender.csproj",
        "coldrender",
        ["Directory.Packages.props", "src/Directory.Build.props", "src/Directory.Packages.props"]);

    /// <summary>The build files, then the project's folder and each referenced project's folder (repository-relative, '/').</summary>
    public IReadOnlyList<string> Sources => [.. BuildFiles, .. ProjectFolders(RepositoryLayout.Root, ProjectPath)];

    /// <summary>The folders of <paramref name="projectPath"/> and of every project it references, directly or not.</summary>
    public static IReadOnlyList<string> ProjectFolders(string root, string projectPath)
    {
        var folders = new List<string>();
        var pending = new Queue<string>([projectPath]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { projectPath };
        while (pending.TryDequeue(out var project))
        {
            var folder = Path.GetDirectoryName(project)!.Replace('\\', '/');
            folders.Add(folder);
            var references = XDocument.Load(Path.Combine(root, project)).Descendants("ProjectReference")
                .Select(reference => (string?)reference.Attribute("Include"))
                .OfType<string>()
                .Select(include => Path.GetRelativePath(root, Path.GetFullPath(Path.Combine(root, folder, include.Replace('\\', '/')))).Replace('\\', '/'));
            foreach (var reference in references.Where(seen.Add))
            {
                pending.Enqueue(reference);
            }
        }

        return folders;
    }
}
