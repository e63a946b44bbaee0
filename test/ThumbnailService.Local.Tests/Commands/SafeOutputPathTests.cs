using ThumbnailService.Local.Commands.Run;

namespace ThumbnailService.Local.Tests.Commands;

public sealed class SafeOutputPathTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "thumbs-safe-root");

    [Theory]
    [InlineData("large/cat.jpg", "large/cat.jpg")]
    [InlineData("small/photos/2024/red flower.jpg", "small/photos/2024/red flower.jpg")]
    [InlineData("large/a+b=c 100%.jpg", "large/a+b=c 100%.jpg")]
    [InlineData("large/café/写真 ü.jpg", "large/café/写真 ü.jpg")]
    [InlineData("large/..hidden..jpg", "large/..hidden..jpg")]
    [InlineData("large/a:b.jpg", "large/a:b.jpg")]
    public void TryResolve_SafeKey_ReturnsPathUnderRoot(string key, string relative)
    {
        var paths = new SafeOutputPath(Root);

        Assert.True(paths.TryResolve(key, out var fullPath, out var problem), problem);
        Assert.Equal(Path.Combine(Path.GetFullPath(Root), relative.Replace('/', Path.DirectorySeparatorChar)), fullPath);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("../x", "'..'")]
    [InlineData("large/../../b", "'..'")]
    [InlineData("a/../../b", "'..'")]
    [InlineData("a/../b", "'..'")]
    [InlineData("..", "'..'")]
    [InlineData("./a", "'.'")]
    [InlineData("a//b", "empty")]
    [InlineData("large/", "empty")]
    [InlineData("/etc/passwd", "absolute")]
    [InlineData("//server/share/x", "absolute")]
    [InlineData("C:\\x", "absolute")]
    [InlineData("c:x", "absolute")]
    [InlineData("large\\..\\..\\x", "backslash")]
    [InlineData("a\0b", "NUL")]
    [InlineData("a\nb", "control")]
    public void TryResolve_UnsafeKey_ReturnsFalseWithProblem(string key, string problemPart)
    {
        var paths = new SafeOutputPath(Root);

        Assert.False(paths.TryResolve(key, out var fullPath, out var problem));
        Assert.Null(fullPath);
        Assert.Contains(problemPart, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryResolve_RootWithTrailingSeparator_DoesNotAcceptSiblingFolderWithSamePrefix()
    {
        var paths = new SafeOutputPath(Root + Path.DirectorySeparatorChar);

        Assert.True(paths.TryResolve("x", out var fullPath, out _));
        Assert.StartsWith(paths.Root + Path.DirectorySeparatorChar, fullPath, StringComparison.Ordinal);
        Assert.False(paths.Root.EndsWith(Path.DirectorySeparatorChar));
    }
}
