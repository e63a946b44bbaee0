using System.Collections.Concurrent;
using ThumbnailService.Codecs.Jpeg;
using Xunit;

namespace ThumbnailService.Codecs.Tests.Jpeg;

public class JpegRowHandoffTests
{
    [Fact]
    public void Complete_AfterEveryRowPublished_ConsumedEveryRowInOrder()
    {
        var consumed = new ConcurrentQueue<int>();
        using var handoff = new JpegRowHandoff(50, 3, consumed.Enqueue, CancellationToken.None);

        Produce(handoff, 50);
        handoff.Complete();

        Assert.Equal(Enumerable.Range(0, 50), consumed);
    }

    [Fact]
    public void WaitForFreeSlot_ConsumerFailed_ThrowsTheConsumersException()
    {
        for (int attempt = 0; attempt < 200; attempt++) // repeated: whether the producer is waiting when the consumer fails varies
        {
            using var handoff = new JpegRowHandoff(20, 1, row => _ = row == 2 ? throw new InvalidOperationException("boom") : 0, CancellationToken.None);

            var exception = Record.Exception(() =>
            {
                Produce(handoff, 20);
                handoff.Complete();
            });

            Assert.IsType<InvalidOperationException>(exception);
        }
    }

    [Fact]
    public void WaitForFreeSlot_CallerCancelled_ThrowsOperationCanceled()
    {
        using var cancel = new CancellationTokenSource();
        using var handoff = new JpegRowHandoff(20, 2, _ => Thread.Sleep(1), cancel.Token);
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Produce(handoff, 20));
    }

    private static void Produce(JpegRowHandoff handoff, int rows)
    {
        for (int row = 0; row < rows; row++)
        {
            handoff.WaitForFreeSlot();
            handoff.Publish();
        }
    }
}
