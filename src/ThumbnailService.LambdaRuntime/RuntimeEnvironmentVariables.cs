namespace ThumbnailService.LambdaRuntime;

/// <summary>Environment variables the runtime reads or sets, in one place.</summary>
public static class RuntimeEnvironmentVariables
{
    public const string RuntimeApi = "AWS_LAMBDA_RUNTIME_API";
    public const string Handler = "_HANDLER";
    public const string TraceId = "_X_AMZN_TRACE_ID";
    public const string LogFormat = "AWS_LAMBDA_LOG_FORMAT";
    public const string LogLevel = "AWS_LAMBDA_LOG_LEVEL";
    public const string MemorySizeMb = "AWS_LAMBDA_FUNCTION_MEMORY_SIZE";
}
