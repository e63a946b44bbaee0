using ThumbnailService.Local.Emulator;

namespace ThumbnailService.Local.Queue;

/// <summary>One invocation of the poller: the messages it carried, those it left on the queue, and the function's result.</summary>
internal sealed record PolledBatch(IReadOnlyList<PolledMessage> Messages, IReadOnlySet<string> Failed, InvocationResult Result)
{
    public IEnumerable<PolledMessage> Deleted => Messages.Where(message => !Failed.Contains(message.MessageId));
}
