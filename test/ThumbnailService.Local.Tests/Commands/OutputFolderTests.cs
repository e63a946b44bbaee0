using ThumbnailService.Local.Commands.Run;

namespace ThumbnailService.Local.Tests.Commands;

public sealed class OutputFolderTests : IDisposable
{
    private readonly string _parent = Directory.CreateTempSubdirectory("thumbs-out-").FullName;

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    [Fact]
    public async Task WriteAsync_MixedKeys_WritesSafeKeysOnlyAndNothingOutsideTheRoot()
    {
        var root = Path.Combine(_parent, "out");
        var folder = new OutputFolder(root);
        string[] keys = ["large/cat.jpg", "small/café menu.png", "../escaped", "/etc/passwd-copy", "a/../../b", "C:\\x", "bad\0name", "large/../../up"];

        var results = new List<(string Key, string? File, string? Problem)>();
        foreach (var key in keys)
        {
            var (file, problem) = await folder.WriteAsync(key, new byte[] { 1, 2, 3 }, CancellationToken.None);
            results.Add((key, file, problem));
        }

        Assert.Equal(["large/cat.jpg", "small/café menu.png"], results.Where(r => r.File is not null).Select(r => r.File));
        Assert.All(results.Where(r => r.File is null), r => Assert.Contains("not written", r.Problem, StringComparison.Ordinal));
        Assert.Contains(results, r => r.Problem is not null && r.Problem.Contains("bad\\u0000name", StringComparison.Ordinal));
        Assert.Equal([Path.Combine(_parent, "out")], Directory.EnumerateFileSystemEntries(_parent));
        Assert.Equal(2, Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Count());
        Assert.Equal(new byte[] { 1, 2, 3 }, await File.ReadAllBytesAsync(Path.Combine(root, "small", "café menu.png")));
    }
}
