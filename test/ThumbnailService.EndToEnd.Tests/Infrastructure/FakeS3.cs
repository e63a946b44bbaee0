using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace ThumbnailService.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A minimal S3 stand-in on loopback that records every request (method, path, headers) and answers by a rule:
/// 200 to HEAD of keys under "exists/", 404 otherwise, or hangs forever when <see cref="Hang"/> is set.
/// </summary>
internal sealed class FakeS3 : IDisposable
{
    private readonly HttpListener _listener = new();

    public FakeS3()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public int Port { get; }
    public string Endpoint => $"http://127.0.0.1:{Port}";
    public bool Hang { get; set; }
    public ConcurrentQueue<(string Method, string Path, IReadOnlyDictionary<string, string> Headers)> Requests { get; } = new();

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

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var headers = request.Headers.AllKeys.ToDictionary(k => k!, k => request.Headers[k]!, StringComparer.OrdinalIgnoreCase);
        Requests.Enqueue((request.HttpMethod, request.Url!.AbsolutePath, headers));
        if (Hang)
        {
            await Task.Delay(Timeout.Infinite);
        }

        var exists = request.HttpMethod == "HEAD" && request.Url.AbsolutePath.Contains("/exists/", StringComparison.Ordinal);
        context.Response.StatusCode = exists ? 200 : 404;
        if (exists)
        {
            context.Response.AddHeader("ETag", "\"0123456789abcdef0123456789abcdef\"");
        }

        context.Response.Close();
    }
}
