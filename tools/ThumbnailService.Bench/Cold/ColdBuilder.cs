using System.Diagnostics;

namespace ThumbnailService.Bench.Cold;

/// <summary>
/// Publishes a <see cref="ColdVariant"/> into .build/bench-cold/NAME, from a private copy of its project's sources (as
/// <c>sam build</c> does) laid out as in the repository, so its obj/ never collides with the default build. Skipped
/// when the binary is newer than every source file.
/// </summary>
internal static class ColdBuilder
{
    public static string Folder(ColdVariant variant) => Path.Combine(RepositoryLayout.Root, ".build", "bench-cold", variant.Name);

    public static async Task<string> EnsureAsync(ColdVariant variant, TextWriter progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(variant);
        var root = RepositoryLayout.Root;
        var output = Folder(variant);
        var binary = Path.Combine(output, variant.Project.BinaryName);
        if (File.Exists(binary) && !SourceFiles(root, variant.Project).Any(f => File.GetLastWriteTimeUtc(f) > File.GetLastWriteTimeUtc(binary)))
        {
            return binary;
        }

        await progress.WriteLineAsync($"bench: publishing {variant.Project.BinaryName} '{variant.Name}' ({variant.Description}) ...");
        var copy = Path.Combine(root, ".build", "bench-cold", "src-" + variant.Name);
        CopySources(root, variant.Project, copy);
        await PublishAsync(variant, copy, output, cancellationToken);
        File.SetLastWriteTimeUtc(binary, DateTime.UtcNow);
        return binary;
    }

    /// <summary>Every file of <paramref name="project"/>'s sources under <paramref name="root"/>, bin/ and obj/ left out.</summary>
    public static IEnumerable<string> SourceFiles(string root, ColdProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return project.Sources.Select(source => Path.Combine(root, source))
            .SelectMany(path => File.Exists(path) ? [path] : FolderFiles(path));
    }

    private static IEnumerable<string> FolderFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal));

    /// <summary>Copies the sources and deletes copied files the repository no longer has (a renamed .cs would compile twice).</summary>
    private static void CopySources(string root, ColdProject project, string copy)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in SourceFiles(root, project))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(root, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
            wanted.Add(target);
        }

        var folders = project.Sources.Select(source => Path.Combine(copy, source)).Where(Directory.Exists);
        foreach (var stale in folders.SelectMany(FolderFiles).Where(f => !wanted.Contains(f)).ToArray())
        {
            File.Delete(stale);
        }
    }

    private static async Task PublishAsync(ColdVariant variant, string copy, string output, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, WorkingDirectory = copy };
        string[] common = ["publish", variant.Project.ProjectPath, "-c", "Release", "-r", "linux-x64", "-o", output, "-p:DebugType=None", "-p:DebugSymbols=false", "-nologo", "-v", "quiet", "-clp:ErrorsOnly"];
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
