using Amazon.S3.Model;
using ThumbnailService.EndToEnd.Tests.Infrastructure;
using ThumbnailService.Local.Emulator;

namespace ThumbnailService.EndToEnd.Tests.Reliability.Burst;

/// <summary>
/// A seeded burst: in each round some sources are uploaded (first version or overwrite) or deleted; every change's event is
/// delivered 2 or 3 times, each copy in that round or up to two rounds later (so older versions' events arrive after newer
/// ones), shuffled, to one emulator or spread over several that run at the same time (then the next round's uploads and
/// deletes also run while a round is being delivered).
/// </summary>
internal sealed class BurstRunner(BurstFixture fixture, int seed, int workers)
{
    private const int Rounds = 4;
    private readonly Random _random = new(seed);
    private readonly Random _deliveryRandom = new(seed + 1);
    private readonly Lock _gate = new();
    private readonly Dictionary<int, List<(bool Created, string Key, int Version, byte[] Payload)>> _pending = [];
    private readonly HashSet<(string Key, int Version)> _mustRender = [];
    private readonly HashSet<(string Key, int Version)> _mayRender = [];
    private readonly List<string> _failures = [];
    private readonly List<string> _retried = [];
    private readonly HashSet<(string Key, int Width, int Height)> _sizes = [];
    private long _sequence = 0x0100_0000_0000;
    private int _uploads, _deletes, _events, _versionCount;

    /// <summary>Current version of each source (null once deleted), as the test made it.</summary>
    public Dictionary<string, BurstVersion?> Sources { get; } = [];

    public async Task<BurstFigures> RunAsync(string prefix, int sourceCount)
    {
        var started = DateTime.UtcNow;
        var putsBefore = CountPuts();
        for (var i = 0; i < sourceCount; i++)
        {
            Sources[$"{prefix}/source {i:D3}+ü.jpg"] = null;
        }

        for (var round = 0; round <= Rounds + 2; round++)
        {
            var mutate = round < Rounds ? MutateAsync(round) : Task.CompletedTask;
            if (workers == 1)
            {
                await mutate;
                await DeliverAsync(round);
            }
            else
            {
                // Several processes: the next round's uploads and deletes race with this round's deliveries.
                await Task.WhenAll(mutate, round > 0 ? DeliverAsync(round - 1) : Task.CompletedTask);
            }
        }

        var surviving = Sources.Values.Count(v => v is not null);
        return new BurstFigures(sourceCount, _uploads, _deletes, _events, surviving, 2 * _mustRender.Count, 2 * _mayRender.Count, 2 * surviving, CountPuts() - putsBefore, _failures, DateTime.UtcNow - started) { Retried = _retried };
    }

    private async Task MutateAsync(int round)
    {
        foreach (var (key, current) in Locked(() => Sources.ToList()))
        {
            var roll = _random.NextDouble();
            var upload = round == 0 || (current is null ? roll < 0.25 : roll < 0.35);
            var delete = !upload && current is not null && roll > 0.8;
            if (upload)
            {
                var version = NewVersion(key);
                var body = Images.Jpeg(version.Width, version.Height);
                using var stream = new MemoryStream(body);
                var response = await fixture.S3.PutObjectAsync(new PutObjectRequest { BucketName = BurstFixture.SourceBucket, Key = key, InputStream = stream });
                var uploaded = version with { ETag = response.ETag.Trim('"') };
                Locked(() => Sources[key] = uploaded);
                _uploads++;
                Schedule(round, true, key, version.Number, BurstEvents.Created(BurstFixture.SourceBucket, key, uploaded.ETag, body.Length, _sequence++));
            }
            else if (delete)
            {
                await fixture.S3.DeleteObjectAsync(BurstFixture.SourceBucket, key);
                Locked(() => Sources[key] = null);
                _deletes++;
                Schedule(round, false, key, 0, BurstEvents.Removed(BurstFixture.SourceBucket, key, _sequence++));
            }
        }
    }

    /// <summary>New dimensions for this key each time, so every version has new bytes and a new ETag.</summary>
    private BurstVersion NewVersion(string key)
    {
        BurstVersion version;
        do
        {
            version = new BurstVersion(++_versionCount, 100 + _random.Next(160), 100 + _random.Next(160), string.Empty);
        }
        while (!_sizes.Add((key, version.Width, version.Height)));

        return version;
    }

    private void Schedule(int round, bool created, string key, int version, byte[] payload)
    {
        for (var copy = 0; copy < 2 + _random.Next(2); copy++)
        {
            var roll = _random.NextDouble();
            var at = round + (roll < 0.55 ? 0 : roll < 0.85 ? 1 : 2);
            Locked(() => { (_pending.TryGetValue(at, out var list) ? list : _pending[at] = []).Add((created, key, version, payload)); return 0; });
        }
    }

    private async Task DeliverAsync(int round)
    {
        var batch = Locked(() => _pending.Remove(round, out var list) ? list : []);
        _deliveryRandom.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(batch));
        foreach (var item in batch.Where(item => item.Created))
        {
            if (Locked(() => Sources[item.Key]) is { } current)
            {
                _mayRender.Add((item.Key, current.Number));
                if (item.Version == current.Number)
                {
                    _mustRender.Add((item.Key, item.Version));
                }
            }
        }

        var lanes = batch.Select(item => (item, lane: workers == 1 ? 0 : _deliveryRandom.Next(workers))).GroupBy(x => x.lane).ToList();
        await Task.WhenAll(lanes.Select(lane => Task.Run(async () =>
        {
            foreach (var (item, _) in lane)
            {
                var emulator = item.Created ? fixture.Thumbnail[lane.Key] : fixture.Cleanup[lane.Key];
                var result = await emulator.InvokeAsync(item.Payload);
                if (result.Status == InvocationStatus.Succeeded)
                {
                    continue;
                }

                // What Lambda does with a failed asynchronous invocation: deliver the same event again. Only an event
                // that fails again is a failure; the first error is kept, so a test can bound and print them.
                lock (_failures)
                {
                    _retried.Add($"{item.Key}: {result.Status} {result.ErrorType}: {result.ErrorMessage}");
                }

                result = await emulator.InvokeAsync(item.Payload);
                if (result.Status != InvocationStatus.Succeeded)
                {
                    lock (_failures)
                    {
                        _failures.Add($"{item.Key}: {result.Status} {result.ErrorType}: {result.ErrorMessage}");
                    }
                }
            }
        })));
        _events += batch.Count;
    }

    private T Locked<T>(Func<T> action)
    {
        lock (_gate)
        {
            return action();
        }
    }

    /// <summary>Thumbnail PUTs (the manifests under meta/, one per render, are checked by <see cref="BurstVerifier"/>).</summary>
    private int CountPuts() => fixture.S3Requests.Count(l => l.StartsWith("REQUEST PUT /" + BurstFixture.ThumbnailBucket + "/", StringComparison.Ordinal)
        && !l.StartsWith("REQUEST PUT /" + BurstFixture.ThumbnailBucket + "/meta/", StringComparison.Ordinal));
}
