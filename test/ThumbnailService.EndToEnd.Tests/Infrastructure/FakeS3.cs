using System.Net;
using ThumbnailService.TestSupport.Http;

namespace ThumbnailService.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A minimal S3 stand-in on loopback that records every request (method, path, headers) before answering it by a rule:
/// 200 to HEAD of keys under "exists/", 404 otherwise, or never while <see cref="Hang"/> is set.
/// </summary>
internal sealed class FakeS3 : LoopbackHttpServer
{
    public bool Hang { get; set; }

    protected override async Task AnswerAsync(RecordedRequest request, HttpListenerResponse response)
    {
        if (Hang)
        {
            await Task.Delay(Timeout.Infinite, Stopping);
        }

        var exists = request.Method == "HEAD" && request.Path.Contains("/exists/", StringComparison.Ordinal);
        if (exists)
        {
            response.AddHeader("ETag", "\"0123456789abcdef0123456789abcdef\"");
        }

        response.StatusCode = exists ? (int)HttpStatusCode.OK : (int)HttpStatusCode.NotFound;
        response.Close();
    }
}
