using System.Globalization;

namespace ThumbnailService.Local.Emulator;

/// <summary>The environment Lambda gives a custom runtime, plus the function's own variables.</summary>
internal static class FunctionEnvironment
{
    /// <summary>Host variables a local process needs to run at all (Lambda sets its own PATH).</summary>
    private static readonly string[] HostPassThrough = ["PATH", "DOTNET_ROOT"];

    public static Dictionary<string, string> Build(EmulatorOptions options, FunctionProcessOptions process, string runtimeApiAddress)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in HostPassThrough)
        {
            if (Environment.GetEnvironmentVariable(name) is { Length: > 0 } value)
            {
                environment[name] = value;
            }
        }

        environment["AWS_LAMBDA_RUNTIME_API"] = runtimeApiAddress;
        environment["AWS_LAMBDA_FUNCTION_NAME"] = options.FunctionName;
        environment["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] = options.MemorySizeMb.ToString(CultureInfo.InvariantCulture);
        environment["AWS_LAMBDA_FUNCTION_VERSION"] = "$LATEST";
        environment["AWS_LAMBDA_INITIALIZATION_TYPE"] = "on-demand";
        environment["AWS_LAMBDA_LOG_GROUP_NAME"] = $"/aws/lambda/{options.FunctionName}";
        environment["AWS_LAMBDA_LOG_STREAM_NAME"] = "$LATEST";
        environment["AWS_REGION"] = options.Region;
        environment["AWS_DEFAULT_REGION"] = options.Region;
        environment["LAMBDA_TASK_ROOT"] = WorkingDirectory(process);
        environment["TZ"] = ":UTC";
        environment["_HANDLER"] = process.Handler;
        if (process.LogFormat is { Length: > 0 } format)
        {
            environment["AWS_LAMBDA_LOG_FORMAT"] = format;
        }

        if (process.LogLevel is { Length: > 0 } level)
        {
            environment["AWS_LAMBDA_LOG_LEVEL"] = level;
        }

        foreach (var (name, value) in process.Environment)
        {
            environment[name] = value;
        }

        return environment;
    }

    public static string WorkingDirectory(FunctionProcessOptions process) =>
        process.WorkingDirectory
        ?? Path.GetDirectoryName(Path.GetFullPath(process.ExecutablePath))
        ?? Directory.GetCurrentDirectory();
}
