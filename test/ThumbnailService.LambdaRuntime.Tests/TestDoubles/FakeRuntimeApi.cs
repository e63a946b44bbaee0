using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ThumbnailService.LambdaRuntime.Tests.TestDoubles;

/// <summary>
/// A loopback Runtime API: hands out queued invocations on `next` (then answers 500 so the loop ends), records every post,
/// and answers posts with a chosen status.
/// </summary>
internal sealed class FakeRuntimeApi : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<FakeInvocation> _invocations = new();

    public FakeRuntimeApi()
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public int Port { get; }
    public string Address => $"127.0.0.1:{Port}";
    public ConcurrentQueue<RecordedPost> Posts { get; } = new();
    public HttpStatusCode ResponseStatus { get; set; } = HttpStatusCode.Accepted;
    public HttpStatusCode ErrorStatus { get; set; } = HttpStatusCode.Accepted;

    public void Enqueue(FakeInvocation invocation) => _invocations.Enqueue(invocation);

    public void Dispose()
    {
        if (_listener.IsListening)
        {
            _listener.Stop();
        }

        _listener.Close();
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
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            await AnswerAsync(context);
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var response = context.Response;
        var path = request.Url!.AbsolutePath;
        if (request.HttpMethod == "GET" && path == "/2018-06-01/runtime/invocation/next")
        {
            if (_invocations.TryDequeue(out var invocation))
            {
                foreach (var (name, value) in invocation.Headers)
                {
                    response.AddHeader(name, value);
                }

                await WriteAsync(response, HttpStatusCode.OK, invocation.Payload);
                return;
            }

            await WriteAsync(response, HttpStatusCode.InternalServerError, "{}");
            return;
        }

        using var reader = new StreamReader(request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var headers = request.Headers.AllKeys.ToDictionary(k => k!, k => request.Headers[k]!, StringComparer.OrdinalIgnoreCase);
        Posts.Enqueue(new RecordedPost(path, headers, body, DateTimeOffset.UtcNow));
        var status = path.EndsWith("/response", StringComparison.Ordinal) ? ResponseStatus : ErrorStatus;
        await WriteAsync(response, status, "{}");
    }

    private static async Task WriteAsync(HttpListenerResponse response, HttpStatusCode status, string body)
    {
        response.StatusCode = (int)status;
        var bytes = Encoding.UTF8.GetBytes(body);
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
        response.Close();
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
