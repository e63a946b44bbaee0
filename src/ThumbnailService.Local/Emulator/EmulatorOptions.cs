namespace ThumbnailService.Local.Emulator;

/// <summary>Settings of one emulated function, as a Lambda function configuration would hold them.</summary>
internal sealed record EmulatorOptions
{
    /// <summary>Port for both the Runtime API and the invoke endpoint; 0 picks a free port.</summary>
    public int Port { get; init; }

    /// <summary>Function timeout; the deadline handed to the runtime is dispatch time plus this.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(3);

    public int MemorySizeMb { get; init; } = 128;

    public string FunctionName { get; init; } = "function";

    public string Region { get; init; } = "us-east-1";

    /// <summary>Defaults to <c>arn:aws:lambda:REGION:012345678912:function:NAME</c> like the RIE.</summary>
    public string? FunctionArn { get; init; }

    /// <summary>Receives START/END lines and the function's stdout/stderr lines. Null discards them.</summary>
    public TextWriter? LogSink { get; init; }

    /// <summary>Receives the REPORT line (and the timeout notice). Null means <see cref="LogSink"/>.</summary>
    public TextWriter? ReportSink { get; init; }

    /// <summary>When set, the emulator owns the function process and starts it on the first invoke.</summary>
    public FunctionProcessOptions? FunctionProcess { get; init; }

    /// <summary>How long a managed process may take to ask for its first invocation (Lambda: 10 s).</summary>
    public TimeSpan InitTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public TimeProvider Time { get; init; } = TimeProvider.System;

    internal string ResolvedFunctionArn =>
        FunctionArn ?? $"arn:aws:lambda:{Region}:012345678912:function:{FunctionName}";
}
