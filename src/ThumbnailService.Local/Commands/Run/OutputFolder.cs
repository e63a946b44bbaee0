namespace ThumbnailService.Local.Commands.Run;

/// <summary>Writes downloaded objects under their keys inside the out folder; keys that are not safe are skipped, not written.</summary>
internal sealed class OutputFolder(string root)
{
    public const string SummaryFileName = "summary.json";
    public const string FunctionLogFileName = "function.log";

    private readonly SafeOutputPath _paths = new(root);

    public string Root => _paths.Root;

    /// <summary>Writes <paramref name="bytes"/> at <c>root/key</c>; returns the relative file, or the problem when the key is unsafe.</summary>
    public async Task<(string? File, string? Problem)> WriteAsync(string key, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        if (!_paths.TryResolve(key, out var fullPath, out var problem))
        {
            return (null, $"key '{Printable(key)}' not written: {problem}");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        await File.WriteAllBytesAsync(fullPath, bytes, cancellationToken);
        return (Path.GetRelativePath(Root, fullPath).Replace(Path.DirectorySeparatorChar, '/'), null);
    }

    public string PathOf(string fileName) => Path.Combine(Root, fileName);

    /// <summary>The key with control characters shown as \uXXXX, safe to print.</summary>
    public static string Printable(string key) =>
        string.Concat(key.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
}
