using ThumbnailService.Local.Commands.Run;

namespace ThumbnailService.Local.Tests.Commands;

public sealed class SourceFolderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("thumbs-src-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void List_NestedFolderWithHiddenFilesAndReadme_KeysAreSortedRelativePathsWithSlashes()
    {
        Touch("b.jpg", "a/café menu.png", "a/deeper/50% off + tax.gif", ".hidden.jpg", ".git/config", "a/.DS_Store", "README.md");

        var files = SourceFolder.List(_root);

        Assert.Equal(["a/café menu.png", "a/deeper/50% off + tax.gif", "b.jpg"], files.Select(f => f.Key));
        Assert.Equal(Path.Combine(_root, "a", "café menu.png"), files[0].FullPath);
        Assert.Equal(4, files[0].Length);
    }

    private void Touch(params string[] relativePaths)
    {
        foreach (var relative in relativePaths)
        {
            var path = Path.Combine(_root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, [1, 2, 3, 4]);
        }
    }
}
