using System.Globalization;
using ThumbnailService.Core.Options;
using ThumbnailService.Bench.Harness;

namespace ThumbnailService.Bench.Duplicate;

/// <summary>
/// Two warm <c>bootstrap</c> processes ("main" and "other", two Lambda sandboxes of one function, same environment),
/// each under its own Runtime API emulator, against the local S3 with the default presets (JPEG q80). A run uploads an
/// image under a new key, takes its S3 event and invokes it on main (first processing); then it delivers the same event
/// again to main (same-sandbox duplicate: the process's memo answers) and to other (other-sandbox duplicate: the HEAD
/// check), in alternating order. Each duplicate's S3 requests are recorded between two marker requests (HEADs of a
/// missing key, whose round trip from here is kept as the cost of one bare HEAD on the local S3).
/// </summary>
internal sealed class DuplicateSandbox : IAsyncDisposable
{
    public const string ThumbnailBucket = BenchS3.ThumbnailBucket;
    private readonly BenchS3 _s3;
    private readonly S3RequestRecorder _requests;
    private DuplicateFunction? _main;
    private DuplicateFunction? _other;
    private int _uploads;

    private DuplicateSandbox(BenchS3 s3, S3RequestRecorder requests)
    {
        _s3 = s3;
        _requests = requests;
    }

    /// <summary>Where the functions write manifests (the default folder; the sandbox sets no THUMBNAIL_MANIFEST_PREFIX).</summary>
    public const string ManifestFolder = OptionDefaults.ManifestPrefix;

    /// <param name="functionLog">Receives both functions' logs and START/END/REPORT lines; null discards them.</param>
    public static async Task<DuplicateSandbox> StartAsync(string bootstrapPath, TextWriter? functionLog, CancellationToken cancellationToken)
    {
        var requests = new S3RequestRecorder();
        var sandbox = new DuplicateSandbox(await BenchS3.StartAsync(requests.Record, cancellationToken), requests);
        try
        {
            var environment = sandbox.Environment();
            sandbox._main = await DuplicateFunction.StartAsync("main", bootstrapPath, environment, functionLog, cancellationToken);
            sandbox._other = await DuplicateFunction.StartAsync("other", bootstrapPath, environment, functionLog, cancellationToken);
            return sandbox;
        }
        catch
        {
            await sandbox.DisposeAsync();
            throw;
        }
    }

    /// <summary>One run: upload, first processing on main, then both duplicates (other first on every second upload).</summary>
    public async Task<DuplicateSample> RunAsync(BenchImage image, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(image);
        (string key, byte[] payload) = await _s3.UploadAsync("bench", image.Path, cancellationToken);
        _uploads++;
        var first = await _main!.InvokeAsync(payload, key, DuplicateOutcome.Created, cancellationToken);
        (DuplicateDelivery Delivery, double HeadMs) same, other;
        if (_uploads % 2 == 0)
        {
            other = await DuplicateAsync(_other!, payload, key, DuplicateOutcome.OtherSandbox, cancellationToken);
            same = await DuplicateAsync(_main, payload, key, DuplicateOutcome.SameSandbox, cancellationToken);
        }
        else
        {
            same = await DuplicateAsync(_main, payload, key, DuplicateOutcome.SameSandbox, cancellationToken);
            other = await DuplicateAsync(_other!, payload, key, DuplicateOutcome.OtherSandbox, cancellationToken);
        }

        return new DuplicateSample(first.TotalMilliseconds, same.Delivery, other.Delivery, (same.HeadMs + other.HeadMs) / 2);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var function in new[] { _main, _other })
        {
            if (function is not null)
            {
                await function.DisposeAsync();
            }
        }

        await _s3.DisposeAsync();
    }

    /// <summary>Delivers the event again to <paramref name="function"/>, between two marker requests.</summary>
    private async Task<(DuplicateDelivery Delivery, double HeadMs)> DuplicateAsync(
        DuplicateFunction function, byte[] payload, string key, DuplicateOutcome expected, CancellationToken cancellationToken)
    {
        var start = await _requests.MarkAsync(_s3.Client, BenchS3.SourceBucket, cancellationToken);
        var duration = await function.InvokeAsync(payload, key, expected, cancellationToken);
        var end = await _requests.MarkAsync(_s3.Client, BenchS3.SourceBucket, cancellationToken);
        var delivery = new DuplicateDelivery(duration.TotalMilliseconds, _requests.Between(start.Index, end.Index));
        return (delivery, start.HeadTime.TotalMilliseconds);
    }

    private Dictionary<string, string> Environment()
    {
        var environment = _s3.FunctionEnvironment();
        environment[ConfigurationVariables.Presets] = ConfigurationVariables.DefaultPresets;
        environment[ConfigurationVariables.Format] = "jpeg";
        environment[ConfigurationVariables.Quality] = BenchPresets.Quality.ToString(CultureInfo.InvariantCulture);
        return environment;
    }
}
