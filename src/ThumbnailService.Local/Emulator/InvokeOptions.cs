namespace ThumbnailService.Local.Emulator;

/// <summary>Per-invocation context an invoker may pass, as the Invoke API does.</summary>
internal sealed record InvokeOptions
{
    /// <summary>X-Ray trace header; a fresh one is generated when null.</summary>
    public string? TraceId { get; init; }

    /// <summary>Client context JSON, passed to the runtime as <c>Lambda-Runtime-Client-Context</c>.</summary>
    public string? ClientContext { get; init; }

    /// <summary>Cognito identity JSON, passed as <c>Lambda-Runtime-Cognito-Identity</c>.</summary>
    public string? CognitoIdentity { get; init; }
}
