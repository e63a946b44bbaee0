using System.Text;
using System.Text.Json;
using Amazon.S3;
using Amazon.S3.Model;
using ThumbnailService.Core.Options;
using ThumbnailService.Local.Emulator;
using ThumbnailService.Local.S3Host;

namespace ThumbnailService.Local.Bench;

/// <summary>
/// One warm <c>bootstrap</c> under one Runtime API emulator, against the local S3 with the default presets (JPEG q80).
/// A run uploads an image under a new key, takes its S3 event, invokes it (first processing) and invokes the same event
/// again (duplicate), recording the duplicate's S3 requests between two marker requests (HEADs of a missing key, whose
/// round trip from here is kept as the cost of one bare HEAD on the local S3).
/// </summary>
internal sealed class DuplicateSandbox : IAsyncDisposable
{
    public const string ThumbnailBucket = "thumbnails";
    private const string SourceBucket = "uploads";
    private readonly LocalS3Host _s3;
    private readonly AmazonS3Client _client;
    private readonly S3RequestRecorder _requests;
    private RuntimeApiEmulator? _emulator;
    private int _uploads;

    private DuplicateSandbox(LocalS3Host s3, S3RequestRecorder requests)
    {
        _s3 = s3;
        _client = s3.CreateClient();
        _requests = requests;
    }

    public static int PresetCount => BenchPreset.ParseList(ConfigurationVariables.DefaultPresets).Count;

    /// <param name="functionLog">Receives the function's log and START/END/REPORT lines; null discards them.</param>
    public static async Task<DuplicateSandbox> StartAsync(string bootstrapPath, TextWriter? functionLog, CancellationToken cancellationToken)
    {
        var requests = new S3RequestRecorder();
        var s3 = await LocalS3Host.StartAsync(
            new LocalS3HostOptions { Buckets = [SourceBucket, ThumbnailBucket], NotifyBuckets = [SourceBucket], LogRequests = false, Log = requests.Record },
            cancellationToken);
        var sandbox = new DuplicateSandbox(s3, requests);
        try
        {
            sandbox._emulator = await RuntimeApiEmulator.StartAsync(
                new EmulatorOptions
                {
                    FunctionName = "ThumbnailFunction",
                    Timeout = TimeSpan.FromSeconds(60),
                    MemorySizeMb = 1024,
                    LogSink = functionLog,
                    FunctionProcess = new FunctionProcessOptions(bootstrapPath) { Handler = "thumbnail", Environment = sandbox.Environment() },
                },
                cancellationToken);
            return sandbox;
        }
        catch
        {
            await sandbox.DisposeAsync();
            throw;
        }
    }

    public async Task<DuplicateSample> RunAsync(BenchImage image, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(image);
        var key = $"bench/{++_uploads}/{Path.GetFileName(image.Path)}";
        await _client.PutObjectAsync(new PutObjectRequest { BucketName = SourceBucket, Key = key, FilePath = image.Path }, cancellationToken);
        var payload = Encoding.UTF8.GetBytes(await _s3.Events.ReadAsync(cancellationToken));
        var first = await InvokeAsync(payload, key, "Created", cancellationToken);
        var start = await _requests.MarkAsync(_client, SourceBucket, cancellationToken);
        var duplicate = await InvokeAsync(payload, key, "AlreadyDone", cancellationToken);
        var end = await _requests.MarkAsync(_client, SourceBucket, cancellationToken);
        return new DuplicateSample(
            first.TotalMilliseconds, duplicate.TotalMilliseconds, _requests.Between(start.Index, end.Index), start.HeadTime.TotalMilliseconds);
    }

    public async ValueTask DisposeAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }

        _client.Dispose();
        await _s3.DisposeAsync();
    }

    /// <summary>The outcome of each source object in a direct invocation's response (<c>{"results":[{"outcome":...}]}</c>).</summary>
    internal static IReadOnlyList<string> Outcomes(ReadOnlyMemory<byte> response)
    {
        using var document = JsonDocument.Parse(response);
        return document.RootElement.TryGetProperty("results", out var results) && results.ValueKind == JsonValueKind.Array
            ? results.EnumerateArray().Select(r => r.TryGetProperty("outcome", out var o) ? o.GetString() ?? "" : "").ToArray()
            : [];
    }

    private async Task<TimeSpan> InvokeAsync(byte[] payload, string key, string expectedOutcome, CancellationToken cancellationToken)
    {
        var result = await _emulator!.InvokeAsync(payload, null, cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"the function failed on {key}: {result.ErrorType} {result.ErrorMessage}");
        }

        var outcomes = Outcomes(result.Response);
        return outcomes.Count == 1 && outcomes[0] == expectedOutcome
            ? result.Duration
            : throw new InvalidOperationException($"{key}: expected outcome {expectedOutcome}, the function answered {Encoding.UTF8.GetString(result.Response.Span)}");
    }

    private Dictionary<string, string> Environment() => new()
    {
        [ConfigurationVariables.ThumbnailBucket] = ThumbnailBucket,
        [ConfigurationVariables.Presets] = ConfigurationVariables.DefaultPresets,
        [ConfigurationVariables.Format] = "jpeg",
        [ConfigurationVariables.Quality] = BenchPresets.Quality.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["AWS_ENDPOINT_URL_S3"] = _s3.Endpoint.ToString().TrimEnd('/'),
        ["AWS_ACCESS_KEY_ID"] = LocalS3Host.AccessKey,
        ["AWS_SECRET_ACCESS_KEY"] = LocalS3Host.SecretKey,
    };
}
