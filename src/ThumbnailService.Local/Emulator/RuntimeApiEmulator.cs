using System.Globalization;
using Microsoft.AspNetCore.Builder;

namespace ThumbnailService.Local.Emulator;

/// <summary>
/// A Lambda Runtime API emulator in the manner of AWS's RIE: the Runtime API and the invoke endpoint on one
/// loopback port, one invocation at a time, optionally owning the function process (started lazily, reset
/// after a timeout or a crash, killed on dispose).
/// </summary>
internal sealed class RuntimeApiEmulator : IAsyncDisposable
{
    private readonly EmulatorOptions _options;
    private readonly WebApplication _app;
    private readonly InvocationCoordinator _coordinator;
    private readonly RuntimeApiRoutes _routes;
    private readonly PlatformLog _log;
    private readonly SemaphoreSlim _serial = new(1, 1);
    private readonly Lock _processGate = new();
    private FunctionProcess? _process;
    private FunctionProcess? _lastProcess;
    private bool _resetPending;
    private int _port;

    private RuntimeApiEmulator(EmulatorOptions options, WebApplication app)
    {
        _options = options;
        _app = app;
        _coordinator = new InvocationCoordinator(options.Time, options.Timeout);
        _routes = new RuntimeApiRoutes(_coordinator, options.ResolvedFunctionArn);
        _log = new PlatformLog(options.LogSink, options.ReportSink, options.MemorySizeMb);
    }

    /// <summary>"127.0.0.1:PORT", the value of <c>AWS_LAMBDA_RUNTIME_API</c>.</summary>
    public string RuntimeApiAddress => string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{_port}");

    public Uri BaseAddress => new($"http://{RuntimeApiAddress}/");

    public Uri InvokeEndpoint => new(BaseAddress, InvokeEndpointRoute.Path);

    public bool IsFunctionRunning => _process is { HasExited: false };

    /// <summary>Process id of the running function process, or null when none runs (tests read its /proc status).</summary>
    public int? FunctionProcessId => _process is { HasExited: false } process ? process.Id : null;

    /// <summary>Exit code of the current or last function process, once it has exited.</summary>
    public int? FunctionExitCode => (_process ?? _lastProcess)?.ExitCode;

    public static async Task<RuntimeApiEmulator> StartAsync(EmulatorOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var emulator = new RuntimeApiEmulator(options, EmulatorHost.Build(options.Port));
        emulator._routes.Map(emulator._app);
        new InvokeEndpointRoute(emulator.InvokeAsync).Map(emulator._app);
        await emulator._app.StartAsync(cancellationToken);
        emulator._port = EmulatorHost.BoundPort(emulator._app);
        return emulator;
    }

    /// <summary>Test hook: the next Runtime API call answers this status (500 by default).</summary>
    public void FailNextRuntimeApiCall(int statusCode = 500) => _routes.FailNextCall(statusCode);

    /// <summary>Waits for the current (or last) function process to exit and returns its exit code.</summary>
    public Task<int> WaitForFunctionExitAsync(CancellationToken cancellationToken = default) =>
        ((_process ?? _lastProcess) ?? throw new InvalidOperationException("No function process was started."))
            .Exited.WaitAsync(cancellationToken);

    public async Task<InvocationResult> InvokeAsync(ReadOnlyMemory<byte> payload, InvokeOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new InvokeOptions();
        await _serial.WaitAsync(cancellationToken);
        try
        {
            await PrepareSandboxAsync();
            var traceId = options.TraceId ?? TraceIdGenerator.New(_options.Time);
            var invocation = new Invocation(Guid.NewGuid().ToString(), payload.ToArray(), traceId, options, _options.Time.GetTimestamp());
            _log.Start(invocation.Id);
            _coordinator.Enqueue(invocation, _process is null ? null : _options.InitTimeout);
            InvocationOutcome outcome;
            try
            {
                outcome = await invocation.Outcome.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                _coordinator.Abandon(invocation);
                throw;
            }

            return await FinishAsync(invocation, outcome);
        }
        finally
        {
            _serial.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await ResetSandboxAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _lastProcess?.Dispose();
        _serial.Dispose();
    }

    private async Task<InvocationResult> FinishAsync(Invocation invocation, InvocationOutcome outcome)
    {
        var process = _process;
        var memory = process?.ReadPeakMemoryMb() ?? 0;
        if (process is not null)
        {
            await process.WaitForQuietOutputAsync(TimeSpan.FromMilliseconds(15), TimeSpan.FromMilliseconds(250), CancellationToken.None);
        }

        var time = _options.Time;
        var duration = time.GetElapsedTime(invocation.DispatchedAt ?? invocation.EnqueuedAt, invocation.CompletedAt ?? time.GetTimestamp());
        var result = new InvocationResult(
            invocation.Id, outcome.Status, outcome.Payload, outcome.Error?.ErrorType, outcome.Error?.ErrorMessage,
            duration, _coordinator.TakeInitDuration(), memory);
        if (outcome.Status == InvocationStatus.TimedOut)
        {
            // Like Lambda, a timeout resets the sandbox: the process is killed now and restarted on the next invoke.
            await ResetSandboxAsync();
        }
        else if (process is not null && outcome.Status is InvocationStatus.InitFailed or InvocationStatus.ProcessExited)
        {
            // Let the runtime exit by itself (its exit code is observable); replace it on the next invoke.
            _resetPending = true;
        }

        _log.End(result);
        return result;
    }

    private async Task PrepareSandboxAsync()
    {
        if (_resetPending || _process is { HasExited: true })
        {
            await ResetSandboxAsync();
        }

        if (_options.FunctionProcess is { } processOptions && _process is null)
        {
            _coordinator.Reset();
            var environment = FunctionEnvironment.Build(_options, processOptions, RuntimeApiAddress);
            var process = FunctionProcess.Start(processOptions, environment, _log.FunctionOutput, _options.Time);
            lock (_processGate)
            {
                _process = process;
            }

            _ = WatchAsync(process);
        }
    }

    private async Task ResetSandboxAsync()
    {
        FunctionProcess? process;
        lock (_processGate)
        {
            process = _process;
            _process = null;
        }

        if (process is not null)
        {
            await process.KillAsync();
            _lastProcess?.Dispose();
            _lastProcess = process;
        }

        _coordinator.Reset();
        _resetPending = false;
    }

    private async Task WatchAsync(FunctionProcess process)
    {
        var exitCode = await process.Exited;
        lock (_processGate)
        {
            if (_process == process && !process.Killed)
            {
                _coordinator.ProcessExited(exitCode);
            }
        }
    }
}
