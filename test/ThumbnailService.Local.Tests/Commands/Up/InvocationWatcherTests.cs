using System.Text;
using ThumbnailService.Local.Commands.Up;
using ThumbnailService.Local.Emulator;
using ThumbnailService.Local.Pipeline;

namespace ThumbnailService.Local.Tests.Commands.Up;

public sealed class InvocationWatcherTests
{
    [Fact]
    public void ReadyLine_ResponseNamesManifest_PrintsItsUri()
    {
        var line = InvocationWatcher.ReadyLine(
            Invocation("""{"route":"s3","results":[{"bucket":"uploads","key":"a b.jpg","outcome":"Created","manifest":"meta/a b.jpg.json"}]}"""), "thumbnails");

        Assert.NotNull(line);
        Assert.Contains("ready", line, StringComparison.Ordinal);
        Assert.EndsWith("s3://thumbnails/meta/a b.jpg.json", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"route":"s3","results":[{"bucket":"uploads","key":"a b.jpg","outcome":"AlreadyDone"}]}""")]
    [InlineData("""{"route":"s3","results":[]}""")]
    [InlineData("not json")]
    public void ReadyLine_NoManifestWritten_Null(string response) =>
        Assert.Null(InvocationWatcher.ReadyLine(Invocation(response), "thumbnails"));

    private static RoutedInvocation Invocation(string response) => new(
        "thumbnail", "ObjectCreated:Put", "uploads", "a b.jpg", "{}", 1,
        new InvocationResult("r1", InvocationStatus.Succeeded, Encoding.UTF8.GetBytes(response), null, null, TimeSpan.FromMilliseconds(12), null, 30));
}
