using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ThumbnailService.TestSupport.Http;

/// <summary>
/// The HTTP side of a hand-written fake service, on 127.0.0.1 and a free port. Each request is read whole and recorded in
/// <see cref="Requests"/> before the derived fake answers it (on its own task), so a client that has its answer is in the
/// log: "no request was made" holds once every call that could have made one has returned.
/// </summary>
internal abstract class LoopbackHttpServer : IDisposable
{
    private const int BindAttempts = 5;
    private readonly HttpListener _listener;
    private readonly CancellationTokenSource _stopping = new();

    protected LoopbackHttpServer()
    {
        (_listener, Port) = Bind();
        _ = Task.Run(ServeAsync);
    }

    public int Port { get; }

    /// <summary><c>127.0.0.1:PORT</c>, as in <c>AWS_LAMBDA_RUNTIME_API</c>.</summary>
    public string Address => $"127.0.0.1:{Port}";

    /// <summary><c>http://127.0.0.1:PORT</c>, as in <c>AWS_ENDPOINT_URL_S3</c>.</summary>
    public string Endpoint => $"http://{Address}";

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Cancelled on dispose: an answer that waits (a hang) waits on this.</summary>
    protected CancellationToken Stopping => _stopping.Token;

    public void Dispose()
    {
        if (!_stopping.IsCancellationRequested)
        {
            _stopping.Cancel();
        }

        if (_listener.IsListening)
        {
            _listener.Stop();
        }

        _listener.Close();
    }

    /// <summary>Answers <paramref name="request"/>, already recorded; the response must be closed (see <see cref="WriteAsync"/>).</summary>
    protected abstract Task AnswerAsync(RecordedRequest request, HttpListenerResponse response);

    protected static async Task WriteAsync(HttpListenerResponse response, HttpStatusCode status, string body = "")
    {
        ArgumentNullException.ThrowIfNull(response);
        response.StatusCode = (int)status;
        var bytes = Encoding.UTF8.GetBytes(body);
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
        response.Close();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        try
        {
            var request = context.Request;
            using var body = new MemoryStream();
            await request.InputStream.CopyToAsync(body, _stopping.Token);
            var headers = request.Headers.AllKeys.ToDictionary(k => k!, k => request.Headers[k]!, StringComparer.OrdinalIgnoreCase);
            var recorded = new RecordedRequest(request.HttpMethod, request.Url!.AbsolutePath, headers, body.ToArray());
            Requests.Enqueue(recorded);
            await AnswerAsync(recorded, context.Response);
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException or OperationCanceledException)
        {
            // The client gave up on this request (its deadline), or the server is stopping.
        }
    }

    private static (HttpListener Listener, int Port) Bind()
    {
        for (var attempt = 1; ; attempt++)
        {
            // HttpListener cannot bind port 0: take a free port, and try another if someone else took it meanwhile.
            var port = FreePort();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return (listener, port);
            }
            catch (HttpListenerException) when (attempt < BindAttempts)
            {
                listener.Close();
            }
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
