using System.Text;
using ThumbnailService.Local.Emulator;
using ThumbnailService.Local.Queue;

namespace ThumbnailService.Local.Tests.Queue;

public sealed class BatchVerdictTests
{
    private static readonly string[] Batch = ["a", "b", "c"];

    private static InvocationResult Result(InvocationStatus status, string payload) =>
        new("request", status, Encoding.UTF8.GetBytes(payload), null, null, TimeSpan.Zero, null, 0);

    [Theory]
    [InlineData("""{"batchItemFailures":[{"itemIdentifier":"b"}]}""", "b")]
    [InlineData("""{"batchItemFailures":[]}""", "")]
    [InlineData("""{"batchItemFailures":null}""", "")]
    [InlineData("""{"results":[]}""", "")]
    [InlineData("", "")]
    [InlineData("""{"batchItemFailures":[{"itemIdentifier":"zz"}]}""", "a,b,c")]
    [InlineData("""{"batchItemFailures":[{"itemIdentifier":""}]}""", "a,b,c")]
    [InlineData("not json", "a,b,c")]
    public void Failed_SucceededInvocation_KeepsWhatTheResponseNames(string response, string expected)
    {
        var failed = BatchVerdict.Failed(Batch, Result(InvocationStatus.Succeeded, response), reportBatchItemFailures: true);

        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), failed.Order());
    }

    [Theory]
    [InlineData(nameof(InvocationStatus.FunctionError))]
    [InlineData(nameof(InvocationStatus.TimedOut))]
    [InlineData(nameof(InvocationStatus.ProcessExited))]
    public void Failed_FailedInvocation_KeepsTheWholeBatch(string status)
    {
        Assert.Equal(Batch, BatchVerdict.Failed(Batch, Result(Enum.Parse<InvocationStatus>(status), "{}"), reportBatchItemFailures: true).Order());
    }

    [Fact]
    public void Failed_WithoutReportBatchItemFailures_IgnoresTheResponse()
    {
        Assert.Empty(BatchVerdict.Failed(Batch, Result(InvocationStatus.Succeeded, """{"batchItemFailures":[{"itemIdentifier":"b"}]}"""), reportBatchItemFailures: false));
    }
}
