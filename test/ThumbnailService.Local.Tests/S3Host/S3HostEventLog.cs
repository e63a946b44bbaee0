using System.Text.Json;
using System.Threading.Channels;

namespace ThumbnailService.Local.Tests.S3Host;

/// <summary>Collects the host's events (their single record each) so tests can wait for the ones they caused.</summary>
internal sealed class S3HostEventLog
{
    private readonly List<JsonElement> _records = [];
    private readonly Lock _gate = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public S3HostEventLog(ChannelReader<string> events) => _ = Task.Run(() => PumpAsync(events));

    public IReadOnlyList<JsonElement> Matching(Func<JsonElement, bool> match)
    {
        lock (_gate)
        {
            return _records.Where(match).ToList();
        }
    }

    public async Task<IReadOnlyList<JsonElement>> WaitForAsync(Func<JsonElement, bool> match, int count = 1)
    {
        using var timeout = new CancellationTokenSource(HangGuard.Limit);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                var found = _records.Where(match).ToList();
                if (found.Count >= count)
                {
                    return found;
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Expected {count} matching event(s) within {HangGuard.Limit}; got {Matching(match).Count}.");
            }
        }
    }

    private async Task PumpAsync(ChannelReader<string> events)
    {
        await foreach (var json in events.ReadAllAsync())
        {
            using var document = JsonDocument.Parse(json);
            var records = document.RootElement.GetProperty("Records");
            Assert.Equal(1, records.GetArrayLength());
            lock (_gate)
            {
                _records.Add(records[0].Clone());
                _changed.TrySetResult();
                _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }
}
