using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ThumbnailService.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A reverse proxy on 127.0.0.1 between the function (its AWS_ENDPOINT_URL_S3) and the local S3 host that injects faults by
/// <see cref="FaultRule"/>. One request per connection: every forwarded response carries <c>Connection: close</c>.
/// </summary>
internal sealed class FaultProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _upstreamPort;
    private readonly ConcurrentQueue<FaultRule> _rules = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _accepting;

    public FaultProxy(int upstreamPort)
    {
        _upstreamPort = upstreamPort;
        _listener.Start();
        _accepting = Task.Run(AcceptAsync);
    }

    public string Endpoint => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    /// <summary>Every request seen, as `METHOD /path` plus ` -> Kind` when a fault was injected.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public FaultRule Add(FaultRule rule)
    {
        _rules.Enqueue(rule);
        return rule;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        await _accepting.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stopping.Token);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var request = await HttpMessage.ReadAsync(stream, isRequest: true, _stopping.Token);
                if (request is null)
                {
                    return;
                }

                var fault = _rules.FirstOrDefault(rule => rule.Select(request.Method, request.Path));
                Requests.Enqueue($"{request.Method} {request.Path}{(fault is null ? "" : " -> " + fault.Kind)}");
                await AnswerAsync(client, stream, request, fault?.Kind, fault?.Delay ?? TimeSpan.Zero);
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The function gave up on this connection (its deadline), or we are stopping.
            }
        }
    }

    private async Task AnswerAsync(TcpClient client, NetworkStream stream, HttpMessage request, FaultKind? fault, TimeSpan delay)
    {
        switch (fault)
        {
            case FaultKind.SlowDown:
                await WriteErrorAsync(stream, request, 503, "Slow Down", "SlowDown", "Please reduce your request rate.");
                return;
            case FaultKind.InternalError:
                await WriteErrorAsync(stream, request, 500, "Internal Server Error", "InternalError", "We encountered an internal error. Please try again.");
                return;
            case FaultKind.Reset:
                Reset(client);
                return;
            case FaultKind.Slow:
                await Task.Delay(delay, _stopping.Token);
                return;
        }

        var response = await ForwardAsync(request);
        if (fault == FaultKind.TruncatedBody)
        {
            await stream.WriteAsync(response.AsMemory(0, response.Length - ((response.Length - HttpMessage.HeadLength(response)) / 2)), _stopping.Token);
            await stream.FlushAsync(_stopping.Token);
            Reset(client);
            return;
        }

        await stream.WriteAsync(response, _stopping.Token);
    }

    private async Task<byte[]> ForwardAsync(HttpMessage request)
    {
        using var upstream = new TcpClient();
        await upstream.ConnectAsync(IPAddress.Loopback, _upstreamPort, _stopping.Token);
        var stream = upstream.GetStream();
        await stream.WriteAsync(request.ToBytes(connectionClose: true), _stopping.Token);
        using var response = new MemoryStream();
        await stream.CopyToAsync(response, _stopping.Token); // upstream closes after its response (Connection: close)
        return response.ToArray();
    }

    private async Task WriteErrorAsync(NetworkStream stream, HttpMessage request, int status, string phrase, string code, string message)
    {
        var xml = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>{code}</Code><Message>{message}</Message><RequestId>FAULT</RequestId></Error>";
        var body = request.Method == "HEAD" ? "" : xml;
        var head = $"HTTP/1.1 {status} {phrase}\r\nContent-Type: application/xml\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\nx-amz-request-id: FAULT\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.UTF8.GetBytes(head + body), _stopping.Token);
    }

    private static void Reset(TcpClient client)
    {
        client.Client.LingerState = new LingerOption(true, 0); // close with RST, no FIN
        client.Client.Close();
    }
}
