using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ThumbnailService.Local.Emulator;

/// <summary>The RIE's invoke endpoint: <c>POST /2015-03-31/functions/function/invocations</c>.</summary>
internal sealed class InvokeEndpointRoute(Func<ReadOnlyMemory<byte>, InvokeOptions, CancellationToken, Task<InvocationResult>> invokeAsync)
{
    public const string Path = "/2015-03-31/functions/function/invocations";

    public void Map(WebApplication app) =>
        app.MapPost("/2015-03-31/functions/{function}/invocations", new RequestDelegate(InvokeAsync));

    private async Task InvokeAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        var options = new InvokeOptions
        {
            TraceId = NullIfEmpty(context.Request.Headers[InvokeApi.TraceIdHeader].ToString()),
            ClientContext = DecodeClientContext(context.Request.Headers[InvokeApi.ClientContextHeader].ToString()),
        };
        var result = await invokeAsync(body.ToArray(), options, context.RequestAborted);

        context.Response.StatusCode = result.Status == InvocationStatus.InitFailed
            ? StatusCodes.Status502BadGateway
            : StatusCodes.Status200OK;
        if (result.Status is not (InvocationStatus.Succeeded or InvocationStatus.InitFailed))
        {
            context.Response.Headers[InvokeApi.FunctionErrorHeader] = "Unhandled";
        }

        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(result.Payload, context.RequestAborted);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    /// <summary>The Invoke API carries client context base64-encoded; the runtime receives the JSON.</summary>
    private static string? DecodeClientContext(string header)
    {
        if (header.Length == 0)
        {
            return null;
        }

        var bytes = new byte[header.Length];
        return Convert.TryFromBase64String(header, bytes, out var written)
            ? Encoding.UTF8.GetString(bytes, 0, written)
            : header;
    }
}
