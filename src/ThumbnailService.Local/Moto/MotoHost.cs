using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Amazon.S3;
using Amazon.SQS;

namespace ThumbnailService.Local.Moto;

/// <summary>
/// moto (<c>python -m moto.server</c>, through tools/moto/serve.py) as a child process on 127.0.0.1, with authentication and IAM evaluation on: it is
/// started with <c>INITIAL_NO_AUTH_ACTION_COUNT=3</c> and those three unchecked requests create <see cref="Admin"/>
/// (Allow *:*); from then on every request must be SigV4-signed by a key of moto's IAM and is evaluated against that
/// identity's policies. One process per host: its state dies with it.
/// </summary>
internal sealed class MotoHost : IAsyncDisposable
{
    public const int UncheckedRequests = 3;
    public const string Region = "us-east-1";
    private const int StderrTailLines = 20;

    private readonly Process _process;
    private readonly Action<string>? _log;
    private readonly ConcurrentQueue<string> _stderrTail = new();
    private readonly Task _stderrPump;
    private readonly Task _stdoutPump;
    private readonly HttpClient _http = new();
    private int _syncs;
    private int _disposed;

    private MotoHost(Process process, string python, Uri endpoint, Action<string>? log)
    {
        _process = process;
        Python = python;
        Endpoint = endpoint;
        _log = log;
        _stderrPump = Task.Run(PumpStderrAsync);
        _stdoutPump = Task.Run(() => process.StandardOutput.ReadToEndAsync());
    }

    /// <summary>http://127.0.0.1:PORT/ (S3 path-style, SQS, IAM, STS, CloudFormation... on one port).</summary>
    public Uri Endpoint { get; }

    public string Python { get; }

    /// <summary>The identity the host created before authentication began: Allow *:*. Tests set up and check with it.</summary>
    public MotoCredentials Admin { get; private set; } = null!;

    public MotoRequestLog Requests { get; } = new();

    public static async Task<MotoHost> StartAsync(MotoHostOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var python = MotoPython.Resolve(options.Python);
        await MotoPython.EnsureMotoAsync(python, cancellationToken);
        var port = options.Port == 0 ? FreePort() : options.Port;
        var start = new ProcessStartInfo(python)
        {
            UseShellExecute = false,
            RedirectStandardInput = true, // tools/moto/serve.py exits when this pipe closes (we ended, even killed)
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in new[] { Path.Combine(RepositoryLayout.MotoToolsDirectory, "serve.py"), "-H", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["INITIAL_NO_AUTH_ACTION_COUNT"] = UncheckedRequests.ToString(CultureInfo.InvariantCulture);
        start.Environment["PYTHONUNBUFFERED"] = "1";
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {python} -m moto.server.");
        var host = new MotoHost(process, python, new Uri($"http://127.0.0.1:{port}/"), options.Log);
        try
        {
            await host.WaitUntilServingAsync(options.StartTimeout, cancellationToken);
            host.Admin = await host.CreateAdminAsync(cancellationToken);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    public AmazonS3Client CreateS3Client(MotoCredentials credentials) =>
        new(credentials.ToAws(), new AmazonS3Config { ServiceURL = Endpoint.AbsoluteUri, ForcePathStyle = true, AuthenticationRegion = Region });

    public AmazonSQSClient CreateSqsClient(MotoCredentials credentials) =>
        new(credentials.ToAws(), new AmazonSQSConfig { ServiceURL = Endpoint.AbsoluteUri, AuthenticationRegion = Region });

    /// <summary>What a function process needs to reach this host as <paramref name="credentials"/>' identity.</summary>
    public Dictionary<string, string> FunctionEnvironment(MotoCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var variables = credentials.Environment();
        variables["AWS_ENDPOINT_URL_S3"] = Endpoint.AbsoluteUri.TrimEnd('/');
        return variables;
    }

    /// <summary>Creates each role with its inline policies, as the admin, and assumes it (as Lambda does for an execution role).</summary>
    public async Task<IReadOnlyDictionary<string, MotoCredentials>> CreateRolesAsync(IEnumerable<MotoRole> roles, CancellationToken cancellationToken)
    {
        var spec = JsonSerializer.Serialize(new
        {
            roles = roles.Select(role => new
            {
                name = role.Name,
                policies = role.Policies.ToDictionary(policy => policy.Key, policy => JsonDocument.Parse(policy.Value).RootElement),
            }),
        });
        var output = await MotoPython.RunAsync(Python, [Script, "roles", Endpoint.AbsoluteUri], spec, Admin.Environment(), cancellationToken);
        return JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(output)!
            .ToDictionary(entry => entry.Key, entry => new MotoCredentials(entry.Value["AccessKeyId"], entry.Value["SecretAccessKey"], entry.Value["SessionToken"]));
    }

    /// <summary>Returns once every request answered before this call is in <see cref="Requests"/> (a marker request is logged after them).</summary>
    public async Task SyncRequestLogAsync(CancellationToken cancellationToken)
    {
        var target = $"/moto-api/?sync={Interlocked.Increment(ref _syncs)}";
        var logged = Requests.WaitForTargetAsync(target, cancellationToken);
        using var response = await _http.GetAsync(new Uri(Endpoint, target), cancellationToken);
        await logged.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        try
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            _log?.Invoke($"moto did not stop cleanly: {e.Message}");
        }

        await Task.WhenAll(_stderrPump, _stdoutPump).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _process.Dispose();
        _http.Dispose();
    }

    private static string Script => Path.Combine(RepositoryLayout.MotoToolsDirectory, "identities.py");

    private async Task<MotoCredentials> CreateAdminAsync(CancellationToken cancellationToken)
    {
        var output = await MotoPython.RunAsync(Python, [Script, "admin", Endpoint.AbsoluteUri], null, null, cancellationToken);
        var key = JsonSerializer.Deserialize<Dictionary<string, string>>(output)!;
        var admin = new MotoCredentials(key["AccessKeyId"], key["SecretAccessKey"]);
        await EnsureAuthenticationIsOnAsync(cancellationToken);
        return admin;
    }

    /// <summary>A request with a key moto's IAM does not know must be refused, or nothing this host shows about IAM is true.</summary>
    private async Task EnsureAuthenticationIsOnAsync(CancellationToken cancellationToken)
    {
        using var stranger = CreateS3Client(new MotoCredentials("AKIAUNKNOWNUNKNOWN00", "unknown"));
        try
        {
            await stranger.ListBucketsAsync(cancellationToken);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.Forbidden)
        {
            return;
        }

        throw new InvalidOperationException("moto answered a request signed with an unknown key: authentication is not on (INITIAL_NO_AUTH_ACTION_COUNT not honoured?).");
    }

    private async Task WaitUntilServingAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"moto exited ({_process.ExitCode}) before serving.{StderrTail()}");
            }

            try
            {
                using var response = await _http.GetAsync(new Uri(Endpoint, "/moto-api/"), deadline.Token);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"moto did not serve {Endpoint} within {timeout}.{StderrTail()}");
            }

            await Task.Delay(100, deadline.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task PumpStderrAsync()
    {
        while (await _process.StandardError.ReadLineAsync() is { } line)
        {
            if (!Requests.Add(line))
            {
                _stderrTail.Enqueue(line);
                while (_stderrTail.Count > StderrTailLines && _stderrTail.TryDequeue(out _))
                {
                }
            }

            _log?.Invoke(line);
        }
    }

    private string StderrTail() => _stderrTail.IsEmpty ? "" : Environment.NewLine + string.Join(Environment.NewLine, _stderrTail);

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
