using System.Diagnostics.CodeAnalysis;

namespace ThumbnailService.Local.Commands.Run;

/// <summary>
/// Maps an object key to a file under one root folder, refusing any key that could land elsewhere or be ambiguous:
/// empty, NUL or control characters, absolute or drive-rooted, backslashes, empty, <c>.</c> or <c>..</c> segments,
/// a trailing <c>/</c>. The resolved full path is then checked to stay under the root (defence in depth).
/// </summary>
internal sealed class SafeOutputPath
{
    private readonly string _rootWithSeparator;

    public SafeOutputPath(string root)
    {
        Root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        _rootWithSeparator = Root + Path.DirectorySeparatorChar;
    }

    public string Root { get; }

    public bool TryResolve(string key, [NotNullWhen(true)] out string? fullPath, [NotNullWhen(false)] out string? problem)
    {
        fullPath = null;
        problem = Check(key);
        if (problem is not null)
        {
            return false;
        }

        var candidate = Path.GetFullPath(Path.Combine(_rootWithSeparator, key.Replace('/', Path.DirectorySeparatorChar)));
        if (!candidate.StartsWith(_rootWithSeparator, StringComparison.Ordinal))
        {
            problem = "it resolves outside the output folder";
            return false;
        }

        fullPath = candidate;
        return true;
    }

    private static string? Check(string key)
    {
        if (key.Length == 0)
        {
            return "it is empty";
        }

        if (key.Any(char.IsControl))
        {
            return "it contains a NUL or control character";
        }

        if (key[0] == '/' || Path.IsPathRooted(key) || (key.Length >= 2 && char.IsAsciiLetter(key[0]) && key[1] == ':'))
        {
            return "it is an absolute path";
        }

        if (key.Contains('\\', StringComparison.Ordinal))
        {
            return "it contains a backslash";
        }

        return key.Split('/').Any(segment => segment is "" or "." or "..")
            ? "it has an empty, '.' or '..' path segment"
            : null;
    }
}
