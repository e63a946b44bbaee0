namespace ThumbnailService.TestSupport.Tools;

/// <summary>
/// Which command-line tools a test needs and what to do when one is missing: skip with a message that says what to install,
/// except under CI (<c>CI=true</c>), where the test fails, so a CI run can never go green by skipping.
/// </summary>
internal static class RequiredTools
{
    /// <summary>The trait every tool-dependent test carries, one value per tool: <c>dotnet test --filter Requires=node</c>.</summary>
    public const string TraitName = "Requires";

    private static readonly Dictionary<string, string> Hints = new(StringComparer.Ordinal)
    {
        ["node"] = "Node.js 20; tools/setup.sh then installs the local S3 host's packages",
        ["make"] = "make, which builds bootstrap with the Makefile SAM uses (or set THUMBS_BOOTSTRAP to a built one)",
        ["aws"] = "Debian package awscli",
        ["curl"] = "Debian package curl",
        ["bash"] = "bash",
        ["jpegtran"] = "Debian package libjpeg-turbo-progs",
        ["heif-enc"] = "Debian package libheif-examples",
        ["heif-convert"] = "Debian package libheif-examples",
        ["avifenc"] = "Debian package libavif-bin",
        ["chromium"] = "Debian package chromium (tools/setup.sh --tests installs it)",
    };

    public static bool UnderCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The skip reason when a tool is missing outside CI; null when every tool is there, or under CI.</summary>
    public static string? SkipReason(IEnumerable<string> tools) =>
        Missing(tools) is { Count: > 0 } missing && !UnderCi
            ? $"Needs {Describe(missing)} on PATH, not found: install {Advice(missing)}. (Under CI=true this test fails instead of skipping.)"
            : null;

    /// <summary>The failure message when a tool is missing under CI; null otherwise.</summary>
    public static string? CiFailure(IEnumerable<string> tools) =>
        Missing(tools) is { Count: > 0 } missing && UnderCi
            ? $"CI=true and {Describe(missing)} not on PATH: this test must run in CI, so it fails instead of skipping. Install {Advice(missing)}."
            : null;

    public static IReadOnlyList<string> Missing(IEnumerable<string> tools) => tools.Where(tool => !OnPath(tool)).ToList();

    private static string Describe(IReadOnlyList<string> missing) => string.Join(", ", missing.Select(tool => $"'{tool}'"));

    private static string Advice(IReadOnlyList<string> missing) =>
        string.Join("; ", missing.Select(tool => Hints.GetValueOrDefault(tool, tool)));

    /// <summary>What <c>which</c> answers: an executable file of that name in a PATH directory (or at that path).</summary>
    private static bool OnPath(string tool)
    {
        if (tool.Contains('/', StringComparison.Ordinal))
        {
            return IsExecutable(tool);
        }

        var directories = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return directories.Any(directory => IsExecutable(Path.Combine(directory, tool)));
    }

    private static bool IsExecutable(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        const UnixFileMode anyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        return OperatingSystem.IsWindows() || (File.GetUnixFileMode(path) & anyExecute) != 0;
    }
}
