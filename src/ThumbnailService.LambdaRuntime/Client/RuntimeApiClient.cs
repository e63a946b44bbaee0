using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace ThumbnailService.LambdaRuntime.Client;

/// <summary>HTTP client of the Runtime API at <c>http://{AWS_LAMBDA_RUNTIME_API}/2018-06-01</c>.</summary>
public sealed class RuntimeApiClient : IRuntimeApiClient, IDisposable
{
    private readonly HttpClient _http;

    /// <param name="runtimeApiAddress">host:port, as in <c>AWS_LAMBDA_RUNTIME_API</c>.</param>
    public RuntimeApiClient(string runtimeApiAddress)
    {
        var handler = new SocketsHttpHandler { UseProxy = false, UseCookies = false, AllowAutoRedirect = false };
        // No timeout: the sandbox may freeze the process for a long time while it waits on `next`.
        _http = new HttpClient(handler)
        {
            BaseAddress = new Uri($"http://{runtimeApiAddress}/2018-06-01/"),
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    public async Task<Invocation> GetNextInvocationAsync(CancellationToken cancellationToken)
    {
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Get, "runtime/invocation/next"), cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new RuntimeApiFatalException($"GET next answered {(int)response.StatusCode}: the platform cannot hand out events.");
        }

        var payload = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var headers = response.Headers;
        var requestId = Header(headers, RuntimeApiHeaders.RequestId)
            ?? throw new RuntimeApiFatalException($"GET next answered without {RuntimeApiHeaders.RequestId}.");
        var deadlineText = Header(headers, RuntimeApiHeaders.DeadlineMs);
        if (!long.TryParse(deadlineText, NumberStyles.None, CultureInfo.InvariantCulture, out var deadline) || deadline == 0)
        {
            // Deadline 0 would cancel the handler at once and report a timeout that never happened.
            throw new RuntimeApiProtocolException(
                requestId,
                $"GET next answered {RuntimeApiHeaders.DeadlineMs} '{deadlineText ?? "(missing)"}', not a deadline in epoch milliseconds: the invocation was not run.");
        }

        return new Invocation(
            requestId,
            deadline,
            Header(headers, RuntimeApiHeaders.InvokedFunctionArn) ?? string.Empty,
            Header(headers, RuntimeApiHeaders.TraceId),
            Header(headers, RuntimeApiHeaders.ClientContext),
            Header(headers, RuntimeApiHeaders.CognitoIdentity),
            payload);
    }

    public Task<PostOutcome> PostResponseAsync(string requestId, ReadOnlyMemory<byte> response, CancellationToken cancellationToken)
    {
        var content = new ReadOnlyMemoryContent(response);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return PostAsync($"runtime/invocation/{Uri.EscapeDataString(requestId)}/response", content, null, cancellationToken);
    }

    public Task<PostOutcome> PostErrorAsync(string requestId, ErrorReport report, CancellationToken cancellationToken) =>
        PostAsync($"runtime/invocation/{Uri.EscapeDataString(requestId)}/error", ErrorContent(report), report.FunctionErrorType, cancellationToken);

    public Task<PostOutcome> PostInitErrorAsync(ErrorReport report, CancellationToken cancellationToken) =>
        PostAsync("runtime/init/error", ErrorContent(report), report.FunctionErrorType, cancellationToken);

    public void Dispose() => _http.Dispose();

    private async Task<PostOutcome> PostAsync(string path, HttpContent content, string? errorType, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (errorType is not null)
        {
            request.Headers.TryAddWithoutValidation(RuntimeApiHeaders.FunctionErrorType, errorType);
        }

        using var response = await SendAsync(request, cancellationToken);
        return response.StatusCode switch
        {
            HttpStatusCode.Accepted or HttpStatusCode.OK => PostOutcome.Accepted,
            HttpStatusCode.RequestEntityTooLarge => PostOutcome.PayloadTooLarge,
            HttpStatusCode.BadRequest or HttpStatusCode.Forbidden => PostOutcome.Refused,
            _ => throw new RuntimeApiFatalException($"POST {path} answered {(int)response.StatusCode}."),
        };
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new RuntimeApiFatalException($"The Runtime API could not be reached ({request.Method} {request.RequestUri}): {exception.Message}", exception);
        }
    }

    private static ByteArrayContent ErrorContent(ErrorReport error)
    {
        var content = new ByteArrayContent(ErrorReportSerializer.Serialize(error));
        content.Headers.ContentType = new MediaTypeHeaderValue(RuntimeApiHeaders.ErrorContentType);
        return content;
    }

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
