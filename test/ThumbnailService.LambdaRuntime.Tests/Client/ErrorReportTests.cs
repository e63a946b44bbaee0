using ThumbnailService.LambdaRuntime.Client;

namespace ThumbnailService.LambdaRuntime.Tests.Client;

public sealed class ErrorReportTests
{
    [Fact]
    public void FromException_HugeMessage_IsCapped()
    {
        var report = ErrorReport.FromException(new InvalidOperationException(new string('x', 1_000_000)), "Function.Unhandled");

        Assert.Equal(ErrorReport.MaxMessageChars, report.ErrorMessage.Length);
        Assert.EndsWith("...", report.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void FromException_DeepStack_KeepsAtMostFiftyFrames()
    {
        Exception caught;
        try
        {
            Recurse(200);
            throw new InvalidOperationException("unreachable");
        }
        catch (InvalidOperationException e)
        {
            caught = e;
        }

        var report = ErrorReport.FromException(caught, "Function.Unhandled");

        Assert.Equal(ErrorReport.MaxStackFrames, report.StackTrace.Count);
        Assert.Contains(nameof(Recurse), report.StackTrace[0], StringComparison.Ordinal);
    }

    private static void Recurse(int depth)
    {
        if (depth == 0)
        {
            throw new InvalidOperationException("deep");
        }

        Recurse(depth - 1);
    }
}
