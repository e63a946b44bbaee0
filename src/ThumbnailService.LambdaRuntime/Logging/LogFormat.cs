namespace ThumbnailService.LambdaRuntime.Logging;

/// <summary>Lambda's log formats (AWS_LAMBDA_LOG_FORMAT).</summary>
public enum LogFormat
{
    Text,
    Json,
}
