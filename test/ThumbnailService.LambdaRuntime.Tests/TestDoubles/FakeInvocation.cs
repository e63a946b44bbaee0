using System.Globalization;

namespace ThumbnailService.LambdaRuntime.Tests.TestDoubles;

/// <summary>An invocation the fake hands out: payload and the exact header names and values to send.</summary>
internal sealed record FakeInvocation(string Payload, IReadOnlyList<(string Name, string Value)> Headers)
{
    public static FakeInvocation Create(string requestId, DateTimeOffset deadline, string payload = "{}", string? traceId = null)
    {
        var headers = new List<(string, string)>
        {
            // Lower case on purpose: header names are case-insensitive.
            ("lambda-runtime-aws-request-id", requestId),
            ("lambda-runtime-deadline-ms", deadline.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)),
            ("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:us-east-1:123456789012:function:test"),
        };
        if (traceId is not null)
        {
            headers.Add(("Lambda-Runtime-Trace-Id", traceId));
        }

        return new FakeInvocation(payload, headers);
    }

    /// <summary>An invocation whose deadline header is <paramref name="deadline"/> as written, or absent when null.</summary>
    public static FakeInvocation WithDeadlineHeader(string requestId, string? deadline)
    {
        var valid = Create(requestId, DateTimeOffset.UnixEpoch);
        var headers = valid.Headers.Where(header => !header.Name.Equals("lambda-runtime-deadline-ms", StringComparison.OrdinalIgnoreCase)).ToList();
        if (deadline is not null)
        {
            headers.Add(("Lambda-Runtime-Deadline-Ms", deadline));
        }

        return valid with { Headers = headers };
    }
}
