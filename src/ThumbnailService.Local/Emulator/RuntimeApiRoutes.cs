using ThumbnailService.LambdaRuntime.Client;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ThumbnailService.Local.Emulator;

/// <summary>The Runtime API (<c>/2018-06-01/runtime/...</c>) over the <see cref="InvocationCoordinator"/>.</summary>
internal sealed class RuntimeApiRoutes(InvocationCoordinator coordinator, string functionArn)
{
    public const string Prefix = "/2018-06-01/runtime";

    private int _injectedStatus;

    /// <summary>Test hook: the next Runtime API call answers <paramref name="statusCode"/> instead of being handled.</summary>
    public void FailNextCall(int statusCode) => Volatile.Write(ref _injectedStatus, statusCode);

    public void Map(WebApplication app)
    {
        app.Use(InjectFaultAsync);
        app.MapGet(Prefix + "/invocation/next", new RequestDelegate(NextAsync));
        app.MapPost(Prefix + "/invocation/{id}/response", new RequestDelegate(ResponseAsync));
        app.MapPost(Prefix + "/invocation/{id}/error", new RequestDelegate(ErrorAsync));
        app.MapPost(Prefix + "/init/error", new RequestDelegate(InitErrorAsync));
    }

    private async Task InjectFaultAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Request.Path.StartsWithSegments(Prefix, StringComparison.Ordinal)
            && Interlocked.Exchange(ref _injectedStatus, 0) is var status and > 0)
        {
            await WriteAsync(context, RuntimeReply.Injected(status));
            return;
        }

        await next(context);
    }

    private async Task NextAsync(HttpContext context)
    {
        var (reply, invocation) = await coordinator.NextAsync(context.RequestAborted);
        if (invocation is null)
        {
            await WriteAsync(context, reply);
            return;
        }

        var headers = context.Response.Headers;
        headers[RuntimeApiHeaders.RequestId] = invocation.Id;
        headers[RuntimeApiHeaders.DeadlineMs] = invocation.Deadline.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        headers[RuntimeApiHeaders.InvokedFunctionArn] = functionArn;
        headers[RuntimeApiHeaders.TraceId] = invocation.TraceId;
        if (invocation.ClientContext is { } clientContext)
        {
            headers[RuntimeApiHeaders.ClientContext] = clientContext;
        }

        if (invocation.CognitoIdentity is { } cognitoIdentity)
        {
            headers[RuntimeApiHeaders.CognitoIdentity] = cognitoIdentity;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = invocation.Payload.Length;
        await context.Response.Body.WriteAsync(invocation.Payload, context.RequestAborted);
    }

    private async Task ResponseAsync(HttpContext context)
    {
        var id = RequestId(context);
        var body = await BoundedBodyReader.ReadAsync(context.Request, InvokeApi.MaxResponseBytes, context.RequestAborted);
        var reply = body is null ? coordinator.PostResponseTooLarge(id) : coordinator.PostResponse(id, body.Value);
        await WriteAsync(context, reply);
    }

    private async Task ErrorAsync(HttpContext context)
    {
        var error = await ReadErrorAsync(context);
        await WriteAsync(context, error is null ? RuntimeReply.TooLarge() : coordinator.PostError(RequestId(context), error));
    }

    private async Task InitErrorAsync(HttpContext context)
    {
        var error = await ReadErrorAsync(context);
        await WriteAsync(context, error is null ? RuntimeReply.TooLarge() : coordinator.PostInitError(error));
    }

    private static async Task<ErrorPayload?> ReadErrorAsync(HttpContext context)
    {
        var body = await BoundedBodyReader.ReadAsync(context.Request, InvokeApi.MaxResponseBytes, context.RequestAborted);
        return body is null
            ? null
            : ErrorPayload.FromRuntime(body.Value, context.Request.Headers[RuntimeApiHeaders.FunctionErrorType].ToString());
    }

    private static string RequestId(HttpContext context) =>
        context.Request.RouteValues["id"] as string ?? string.Empty;

    private static async Task WriteAsync(HttpContext context, RuntimeReply reply)
    {
        context.Response.StatusCode = reply.StatusCode;
        if (reply.Error is { } error)
        {
            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync(error.Json, context.RequestAborted);
        }
    }
}
