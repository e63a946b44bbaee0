using ThumbnailService.Local.Commands.Run;

namespace ThumbnailService.Local.Tests.Commands;

public sealed class ResultTableTests
{
    [Fact]
    public void Write_RedirectedWriter_PlainAsciiRowsWithoutEscapeCodes()
    {
        SourceResult[] results =
        [
            new SourceResult("photos/[draft] café.jpg", "Created", null, null, 30_254, 352.4, 1)
            {
                Outputs =
                [
                    new ThumbnailOutput("large/photos/[draft] café.jpg", "large", 683, 1024, "image/jpeg", 39_295, "f", null),
                    new ThumbnailOutput("small/photos/[draft] café.jpg", "small", 256, 256, "image/jpeg", 6_190, "f", null),
                ],
            },
            new SourceResult("notes.jpg", "Rejected", "NotAnImage", null, 109, 15, 1),
        ];
        using var writer = new StringWriter();

        ResultTable.Write(writer, results);

        var text = writer.ToString();
        Assert.DoesNotContain('\u001b', text);
        Assert.Contains("photos/[draft] café.jpg", text, StringComparison.Ordinal);
        Assert.Contains("large 683x1024, small 256x256", text, StringComparison.Ordinal);
        Assert.Contains("Rejected (NotAnImage)", text, StringComparison.Ordinal);
        Assert.Contains("45,485", text, StringComparison.Ordinal);
        Assert.Contains("2 file(s), 2 with a defined outcome, 2 thumbnail(s)", text, StringComparison.Ordinal);
    }
}
