using ThumbnailService.Local.Commands;
using ThumbnailService.Local.Commands.Run;
using ThumbnailService.Local.Commands.Up;

namespace ThumbnailService.Local.Tests.Commands;

public sealed class RunArgumentsTests
{
    private static readonly string Bootstrap = typeof(RunArgumentsTests).Assembly.Location;

    [Fact]
    public void Parse_NoOptions_DefaultsToSamplesAndOutUnderCurrentDirectory()
    {
        var images = Path.GetTempPath();

        var parsed = RunArguments.Parse([], Bootstrap, () => images);

        Assert.Equal(Path.GetFullPath(images), parsed.ImagesDirectory);
        Assert.Equal(Path.Combine(Environment.CurrentDirectory, "out"), parsed.OutDirectory);
        Assert.False(parsed.Keep);
    }

    [Theory]
    [InlineData("--images")]
    [InlineData("--frobnicate")]
    [InlineData("stray")]
    [InlineData("--images", "/definitely/not/here")]
    public void Parse_BadArguments_ThrowsUsageException(params string[] arguments)
    {
        Assert.Throws<UsageException>(() => RunArguments.Parse(arguments, Bootstrap, Path.GetTempPath));
    }

    [Fact]
    public void Parse_NoBootstrap_ThrowsUsageExceptionNamingTheVariable()
    {
        var e = Assert.Throws<UsageException>(() => RunArguments.Parse([], null, Path.GetTempPath));

        Assert.Contains("THUMBS_BOOTSTRAP", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new string[0], 4568)]
    [InlineData(new[] { "--port", "9000" }, 9000)]
    public void UpParse_Port_DefaultsTo4568(string[] arguments, int port)
    {
        Assert.Equal(port, UpArguments.Parse(arguments, Bootstrap).Port);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("65536")]
    [InlineData("-1")]
    [InlineData("http")]
    public void UpParse_BadPort_ThrowsUsageException(string port)
    {
        Assert.Throws<UsageException>(() => UpArguments.Parse(["--port", port], Bootstrap));
    }

    [Fact]
    public void UpParse_Out_FullPathOfTheGalleryFolderOrNullWhenNotAsked()
    {
        Assert.Null(UpArguments.Parse([], Bootstrap).OutDirectory);
        Assert.Equal(Path.Combine(Environment.CurrentDirectory, "gallery"), UpArguments.Parse(["--out", "gallery"], Bootstrap).OutDirectory);
    }

    [Fact]
    public void UpParse_OutIsAFile_ThrowsUsageException()
    {
        Assert.Throws<UsageException>(() => UpArguments.Parse(["--out", Bootstrap], Bootstrap));
    }
}
