using ThumbnailService.LambdaRuntime.Client;
using System.Net.Http.Headers;
using System.Text;
using ThumbnailService.Local.Emulator;

namespace ThumbnailService.Local.Tests.Emulator;

/// <summary>An HttpClient playing the custom runtime against the emulator's Runtime API.</summary>
internal sealed class FakeRuntime : IDisposable
{
    private readonly HttpClient _http;

    public FakeRuntime(RuntimeApiEmulator emulator)
    {
        _http = new HttpClient
        {
            BaseAddress = new Uri(emulator.BaseAddress, "2018-06-01/runtime/"),
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    public Task<HttpResponseMessage> NextAsync() => _http.GetAsync(new Uri("invocation/next", UriKind.Relative));

    public Task<HttpResponseMessage> RespondAsync(string requestId, byte[] body) =>
        _http.PostAsync(new Uri($"invocation/{requestId}/response", UriKind.Relative), new ByteArrayContent(body));

    public Task<HttpResponseMessage> RespondAsync(string requestId, string body) =>
        RespondAsync(requestId, Encoding.UTF8.GetBytes(body));

    public Task<HttpResponseMessage> ErrorAsync(string requestId, string errorType, string message) =>
        _http.PostAsync(new Uri($"invocation/{requestId}/error", UriKind.Relative), ErrorContent(errorType, message));

    public Task<HttpResponseMessage> InitErrorAsync(string errorType, string message) =>
        _http.PostAsync(new Uri("init/error", UriKind.Relative), ErrorContent(errorType, message));

    public static string RequestId(HttpResponseMessage response) =>
        response.Headers.GetValues(RuntimeApiHeaders.RequestId).Single();

    public void Dispose() => _http.Dispose();

    private static ByteArrayContent ErrorContent(string errorType, string message)
    {
        var json = $$"""{"errorMessage":"{{message}}","errorType":"{{errorType}}","stackTrace":["at Handler()"]}""";
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        content.Headers.ContentType = new MediaTypeHeaderValue(RuntimeApiHeaders.ErrorContentType);
        content.Headers.Add(RuntimeApiHeaders.FunctionErrorType, errorType);
        return content;
    }
}
