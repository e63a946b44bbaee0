namespace ThumbnailService.LambdaRuntime.Logging;

/// <summary>Format and minimum level, read from Lambda's advanced logging variables.</summary>
public sealed record LogSettings(LogFormat Format, LogLevel MinimumLevel)
{
    /// <summary>JSON when AWS_LAMBDA_LOG_FORMAT=JSON, else text; level from AWS_LAMBDA_LOG_LEVEL (default INFO).</summary>
    public static LogSettings FromEnvironment(Func<string, string?> getVariable)
    {
        ArgumentNullException.ThrowIfNull(getVariable);
        var format = string.Equals(getVariable(RuntimeEnvironmentVariables.LogFormat), "JSON", StringComparison.OrdinalIgnoreCase)
            ? LogFormat.Json
            : LogFormat.Text;
        var level = Enum.TryParse<LogLevel>(getVariable(RuntimeEnvironmentVariables.LogLevel), ignoreCase: true, out var parsed)
            ? parsed
            : LogLevel.Info;
        return new LogSettings(format, level);
    }
}
