namespace ThumbnailService.Bench.Cold;

/// <summary>
/// What a <see cref="ColdVariant"/> publishes: the project (relative to the repository), the executable it makes, and
/// the repository files and folders its private copy of the sources needs (the staleness check reads the same list).
/// </summary>
internal sealed record ColdProject(string ProjectPath, string BinaryName, IReadOnlyList<string> Sources)
{
    /// <summary>The Lambda function's <c>bootstrap</c>, built from src/ alone as <c>sam build</c> does.</summary>
    public static ColdProject Function { get; } = new(
        "src/ThumbnailService.Functions/ThumbnailService.Functions.csproj",
        "bootstrap",
        ["src/Directory.Build.props", "src/Directory.Packages.props", "src/ThumbnailService.Functions", "src/ThumbnailService.Core", "src/ThumbnailService.LambdaRuntime"]);

    /// <summary>tools/ThumbnailService.ColdRender: a console app that renders a local file with the Core's pipeline.</summary>
    public static ColdProject ColdRender { get; } = new(
        "tools/ThumbnailService.ColdRender/ThumbnailService.ColdRender.csproj",
        "coldrender",
        ["Directory.Packages.props", "src/Directory.Build.props", "src/Directory.Packages.props", "src/ThumbnailService.Core", "tools/ThumbnailService.ColdRender"]);
}
