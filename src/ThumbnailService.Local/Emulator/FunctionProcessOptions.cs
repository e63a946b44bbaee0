namespace ThumbnailService.Local.Emulator;

/// <summary>How to start the function process (the custom runtime's <c>bootstrap</c>).</summary>
internal sealed record FunctionProcessOptions(string ExecutablePath)
{
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>User variables (the function's <c>Environment.Variables</c>); they win over the emulator's.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Defaults to the executable's directory (Lambda's <c>/var/task</c>).</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Becomes <c>_HANDLER</c>.</summary>
    public string Handler { get; init; } = "bootstrap";

    /// <summary>Becomes <c>AWS_LAMBDA_LOG_FORMAT</c> (Text or JSON) when set.</summary>
    public string? LogFormat { get; init; }

    /// <summary>Becomes <c>AWS_LAMBDA_LOG_LEVEL</c> when set.</summary>
    public string? LogLevel { get; init; }
}
