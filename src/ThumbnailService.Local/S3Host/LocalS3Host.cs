using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using Amazon.Runtime;
using Amazon.S3;

namespace ThumbnailService.Local.S3Host;

/// <summary>
/// The local S3 (tools/s3host: s3rver behind fixes for the AWS SDKs) running as a child process.
/// Stores bytes faithfully, answers conditional requests, and publishes AWS-shaped events of the notify buckets.
/// </summary>
internal sealed class LocalS3Host : IAsyncDisposable
{
    public const string AccessKey = "S3RVER";
    public const string SecretKey = "S3RVER";
    private const string ReadyPrefix = "READY ";
    private const string EventPrefix = "EVENT ";
    private const int StderrTailLines = 20;

    private readonly Process _process;
    private readonly Action<string>? _log;
    private readonly Channel<string> _events = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleWriter = true });
    private readonly TaskCompletionSource<Uri> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentQueue<string> _stderrTail = new();
    private readonly Task _stdoutPump;
    private readonly Task _stderrPump;
    private int _disposed;

    private LocalS3Host(Process process, Action<string>? log)
    {
        _process = process;
        _log = log;
        _stdoutPump = Task.Run(PumpStdoutAsync);
        _stderrPump = Task.Run(PumpStderrAsync);
    }

    /// <summary>Base address, e.g. http://127.0.0.1:PORT/ (path-style addressing only).</summary>
    public Uri Endpoint => _ready.Task.IsCompletedSuccessfully ? _ready.Task.Result : throw new InvalidOperationException("The host is not ready.");

    /// <summary>One S3 notification JSON (<c>{"Records":[...]}</c>, one record) per change in a notify bucket.</summary>
    public ChannelReader<string> Events => _events.Reader;

    public static async Task<LocalS3Host> StartAsync(LocalS3HostOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        var hostDirectory = options.HostDirectory ?? RepositoryLayout.S3HostDirectory;
        await S3HostInstaller.EnsureInstalledAsync(hostDirectory, options.Log, ct);

        var process = Process.Start(S3HostCommand.Create(hostDirectory, options))
            ?? throw new InvalidOperationException("Could not start node: install Node.js 20 and put it on PATH.");
        var host = new LocalS3Host(process, options.Log);
        try
        {
            await host._ready.Task.WaitAsync(options.StartTimeout, ct);
            return host;
        }
        catch (TimeoutException)
        {
            await host.DisposeAsync();
            throw new TimeoutException($"The local S3 host in {hostDirectory} did not report READY within {options.StartTimeout}.{host.StderrTail()}");
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>A client configured as production configures one for an endpoint override; SDK defaults otherwise.</summary>
    /// <summary>The environment a function process needs to use this host: the endpoint override and its keys.</summary>
    public Dictionary<string, string> FunctionEnvironment() => new()
    {
        ["AWS_ENDPOINT_URL_S3"] = Endpoint.ToString().TrimEnd('/'),
        ["AWS_ACCESS_KEY_ID"] = AccessKey,
        ["AWS_SECRET_ACCESS_KEY"] = SecretKey,
    };

    public AmazonS3Client CreateClient() => new(
        new BasicAWSCredentials(AccessKey, SecretKey),
        new AmazonS3Config { ServiceURL = Endpoint.AbsoluteUri, ForcePathStyle = true, AuthenticationRegion = "us-east-1" });

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        try
        {
            _process.StandardInput.Close(); // the host exits (and removes its temp data) when stdin closes
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(3));
            await _process.WaitForExitAsync(grace.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or InvalidOperationException)
        {
            _log?.Invoke($"local S3 host did not stop on its own ({ex.GetType().Name}); killing it");
        }
        finally
        {
            KillTree();
            await Task.WhenAll(_stdoutPump, _stderrPump).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            _events.Writer.TryComplete();
            _process.Dispose();
        }
    }

    private void KillTree()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
    }

    private async Task PumpStdoutAsync()
    {
        while (await _process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith(EventPrefix, StringComparison.Ordinal))
            {
                _events.Writer.TryWrite(line[EventPrefix.Length..]);
            }
            else if (line.StartsWith(ReadyPrefix, StringComparison.Ordinal))
            {
                _ready.TrySetResult(ParseEndpoint(line[ReadyPrefix.Length..]));
            }
            else
            {
                _log?.Invoke(line);
            }
        }

        _events.Writer.TryComplete();
        _ready.TrySetException(new InvalidOperationException($"The local S3 host exited before it was ready.{StderrTail()}"));
    }

    private async Task PumpStderrAsync()
    {
        while (await _process.StandardError.ReadLineAsync() is { } line)
        {
            _stderrTail.Enqueue(line);
            while (_stderrTail.Count > StderrTailLines && _stderrTail.TryDequeue(out _))
            {
            }

            _log?.Invoke(line);
        }
    }

    private string StderrTail() =>
        _stderrTail.IsEmpty ? "" : Environment.NewLine + string.Join(Environment.NewLine, _stderrTail);

    private static Uri ParseEndpoint(string json)
    {
        using var document = JsonDocument.Parse(json);
        return new Uri(document.RootElement.GetProperty("endpoint").GetString()
            ?? throw new InvalidOperationException($"READY line without endpoint: {json}"));
    }
}
