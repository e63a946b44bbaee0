using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace ThumbnailService.TestSupport.Browser;

/// <summary>
/// One DevTools protocol WebSocket: numbered commands answered by id, events recorded by method name (and awaitable).
/// Each command waits at most <see cref="CallTimeout"/>.
/// </summary>
internal sealed class DevToolsConnection : IAsyncDisposable
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(60);
    private readonly ClientWebSocket _socket;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _calls = new();
    private readonly List<(string Method, JsonElement Params)> _events = [];
    private readonly List<(string Method, TaskCompletionSource<JsonElement> Completion)> _eventWaiters = [];
    private readonly Lock _gate = new();
    private readonly Task _receiving;
    private int _nextId;

    private DevToolsConnection(ClientWebSocket socket)
    {
        _socket = socket;
        _receiving = Task.Run(ReceiveAsync);
    }

    public static async Task<DevToolsConnection> ConnectAsync(Uri url, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await socket.ConnectAsync(url, cancellationToken).WaitAsync(CallTimeout, cancellationToken);
        return new DevToolsConnection(socket);
    }

    public async Task<JsonElement> CallAsync(string method, object? parameters, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _nextId);
        var completion = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _calls[id] = completion;
        var message = JsonSerializer.SerializeToUtf8Bytes(new { id, method, @params = parameters ?? new { } });
        await _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        var reply = await completion.Task.WaitAsync(CallTimeout, cancellationToken);
        if (reply.TryGetProperty("error", out var error))
        {
            throw new InvalidOperationException($"DevTools {method} failed: {error}");
        }

        return reply.GetProperty("result");
    }

    /// <summary>Completes with the next event of <paramref name="method"/> (register before causing it).</summary>
    public Task<JsonElement> WaitForEventAsync(string method, CancellationToken cancellationToken)
    {
        var completion = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _eventWaiters.Add((method, completion));
        }

        return completion.Task.WaitAsync(cancellationToken);
    }

    public IReadOnlyList<JsonElement> Events(string method)
    {
        lock (_gate)
        {
            return _events.Where(e => e.Method == method).Select(e => e.Params).ToList();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        try
        {
            await _receiving;
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
        }

        _socket.Dispose();
        _stopping.Dispose();
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        while (_socket.State == WebSocketState.Open)
        {
            var received = await _socket.ReceiveAsync(buffer, _stopping.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            message.Write(buffer, 0, received.Count);
            if (received.EndOfMessage)
            {
                Dispatch(Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length));
                message.SetLength(0);
            }
        }
    }

    private void Dispatch(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement.Clone();
        if (root.TryGetProperty("id", out var id) && _calls.TryRemove(id.GetInt32(), out var call))
        {
            call.TrySetResult(root);
            return;
        }

        if (!root.TryGetProperty("method", out var method))
        {
            return;
        }

        var name = method.GetString() ?? string.Empty;
        var parameters = root.TryGetProperty("params", out var p) ? p : default;
        List<TaskCompletionSource<JsonElement>> woken;
        lock (_gate)
        {
            _events.Add((name, parameters));
            woken = _eventWaiters.Where(w => w.Method == name).Select(w => w.Completion).ToList();
            _eventWaiters.RemoveAll(w => w.Method == name);
        }

        woken.ForEach(w => w.TrySetResult(parameters));
    }
}
