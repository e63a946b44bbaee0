using System.Diagnostics;

namespace ThumbnailService.Local.Bench;

/// <summary>
/// Publishes a <see cref="ColdVariant"/> of <c>bootstrap</c> into .build/bench-cold/NAME, from a private copy of the
/// function's sources (as <c>sam build</c> does) so its obj/ never collides with the default build. Skipped when the
/// binary is newer than every source file.
/// </summary>
internal static class ColdBuilder
{
    private static readonly string[] Projects = ["ThumbnailService.Functions", "ThumbnailService.Core", "ThumbnailService.LambdaRuntime"];
    private static readonly string[] RootFiles = ["Directory.Build.props", "Directory.Packages.props"];

    public static string Folder(ColdVariant variant) => Path.Combine(RepositoryLayout.Root, ".build", "bench-cold", variant.Name);

    public static async Task<string> EnsureAsync(ColdVariant variant, TextWriter progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(variant);
        var output = Folder(variant);
        var binary = Path.Combine(output, "bootstrap");
        var sources = Path.Combine(RepositoryLayout.Root, "src");
        if (File.Exists(binary) && !SourceFiles(sources).Any(f => File.GetLastWriteTimeUtc(f) > File.GetLastWriteTimeUtc(binary)))
        {
            return binary;
        }

        await progress.WriteLineAsync($"bench: publishing bootstrap '{variant.Name}' ({variant.Description}) ...");
        var copy = Path.Combine(RepositoryLayout.Root, ".build", "bench-cold", "src-" + variant.Name);
        CopySources(sources, copy);
        await PublishAsync(variant, copy, output, cancellationToken);
        File.SetLastWriteTimeUtc(binary, DateTime.UtcNow);
        return binary;
    }

    private static IEnumerable<string> SourceFiles(string sources) =>
        RootFiles.Select(f => Path.Combine(sources, f)).Concat(Projects.SelectMany(p => ProjectFiles(Path.Combine(sources, p))));

    private static IEnumerable<string> ProjectFiles(string project) =>
        Directory.EnumerateFiles(project, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal));

    private static void CopySources(string sources, string copy)
    {
        foreach (var file in SourceFiles(sources))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(sources, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    private static async Task PublishAsync(ColdVariant variant, string copy, string output, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, WorkingDirectory = copy };
        string[] common = ["publish", "ThumbnailService.Functions/ThumbnailService.Functions.csproj", "-c", "Release", "-r", "linux-x64", "-o", output, "-p:DebugType=None", "-p:DebugSymbols=false", "-nologo", "-v", "quiet", "-clp:ErrorsOnly"];
        foreach (var argument in common.Concat(variant.PublishArguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet publish");
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish of '{variant.Name}' failed (exit {process.ExitCode})");
        }
    }
}
