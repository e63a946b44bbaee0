namespace ThumbnailService.LambdaRuntime.Logging;

/// <summary>Lambda's log levels, in order (AWS_LAMBDA_LOG_LEVEL).</summary>
public enum LogLevel
{
    Trace,
    Debug,
    Info,
    Warn,
    Error,
    Fatal,
}
