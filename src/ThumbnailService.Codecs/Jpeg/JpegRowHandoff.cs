namespace ThumbnailService.Codecs.Jpeg;

/// <summary>
/// Hands MCU rows from the entropy decoder (the caller's thread, which alone can hold the bit reader) to a second
/// thread that runs the IDCT, upsampling and colour conversion, with <c>slots</c> rows in flight. Entropy decoding
/// is sequential by nature; this puts the other half of a decode on the second core. Row r uses slot r % slots.
/// </summary>
internal sealed class JpegRowHandoff : IDisposable
{
    private readonly SemaphoreSlim _free;
    private readonly SemaphoreSlim _filled = new(0);
    private readonly CancellationTokenSource _stop;
    private readonly CancellationToken _caller;
    private readonly Task _consumer;

    public JpegRowHandoff(int rows, int slots, Action<int> consume, CancellationToken cancellationToken)
    {
        _free = new SemaphoreSlim(slots);
        _caller = cancellationToken;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _consumer = Task.Run(() => Consume(rows, consume), CancellationToken.None);
    }

    /// <summary>Waits until the next row's slot may be overwritten.</summary>
    public void WaitForFreeSlot()
    {
        try
        {
            _free.Wait(_stop.Token);
        }
        catch (OperationCanceledException) when (!_caller.IsCancellationRequested)
        {
            // Not the caller's cancellation, so the consumer failed and stopped us: wait for it to finish failing
            // (it cancels before its task is marked faulted) and surface its own exception.
            _consumer.GetAwaiter().GetResult();
            throw;
        }
    }

    /// <summary>The row just written to its slot is ready for the consumer.</summary>
    public void Publish() => _filled.Release();

    /// <summary>Waits for the consumer to finish the last row; rethrows its exception if it failed.</summary>
    public void Complete() => _consumer.GetAwaiter().GetResult();

    public void Dispose()
    {
        _stop.Cancel(); // after a producer failure the consumer waits for rows that will not come
        try
        {
            _consumer.GetAwaiter().GetResult();
        }
#pragma warning disable CA1031 // reported already through WaitForFreeSlot or Complete, or the producer's own exception is on its way
        catch (Exception)
        {
        }
#pragma warning restore CA1031

        _stop.Dispose();
        _free.Dispose();
        _filled.Dispose();
    }

    private void Consume(int rows, Action<int> consume)
    {
        try
        {
            for (int row = 0; row < rows; row++)
            {
                _filled.Wait(_stop.Token);
                consume(row);
                _free.Release();
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _stop.Cancel(); // wake the producer
            throw;
        }
    }
}
