using System.Text;
using ThumbnailService.Local.Emulator;

namespace ThumbnailService.Local.Commands;

/// <summary>
/// <c>thumbs invoke EVENT_FILE</c>: runs one event against the real <c>bootstrap</c> under the Runtime API emulator,
/// as <c>sam local invoke -e EVENT_FILE --env-vars env.json</c> would, without Docker.
/// Logs go to stderr, the response (or error JSON) to stdout, then the REPORT line to stderr.
/// </summary>
internal sealed class InvokeCommand : ICommand
{
    /// <summary>Credentials a developer's shell may hold; SAM hands them to the function too. env.json wins.</summary>
    private static readonly string[] PassThroughVariables = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"];

    public string Name => "invoke";

    public string Usage =>
        "invoke EVENT_FILE [--env-vars env.json] [--handler thumbnail|cleanup] [--function LogicalId] "
        + "[--timeout S (30)] [--memory MB (1024)] [--bootstrap PATH (or $THUMBS_BOOTSTRAP)]";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CommandConsole console, CancellationToken cancellationToken)
    {
        var parsed = InvokeArguments.Parse(arguments, Environment.GetEnvironmentVariable(InvokeArguments.BootstrapVariable));
        var payload = await ReadRequiredAsync(parsed.EventFile, "EVENT_FILE", cancellationToken);
        var environment = await BuildEnvironmentAsync(parsed.EnvVarsFile, parsed.LogicalId, cancellationToken);
        if (!File.Exists(parsed.BootstrapPath))
        {
            throw new UsageException($"bootstrap '{parsed.BootstrapPath}' does not exist: build it first, or fix --bootstrap / {InvokeArguments.BootstrapVariable}");
        }

        using var report = new StringWriter();
        var options = new EmulatorOptions
        {
            Timeout = parsed.Timeout,
            MemorySizeMb = parsed.MemorySizeMb,
            FunctionName = parsed.LogicalId,
            Region = Environment.GetEnvironmentVariable("AWS_REGION") ?? "us-east-1",
            LogSink = console.Error,
            ReportSink = report,
            FunctionProcess = new FunctionProcessOptions(parsed.BootstrapPath) { Handler = parsed.Handler, Environment = environment },
        };
        await using var emulator = await RuntimeApiEmulator.StartAsync(options, cancellationToken);
        var result = await emulator.InvokeAsync(payload, null, cancellationToken);

        await console.Out.WriteLineAsync(Encoding.UTF8.GetString(result.Payload.Span));
        await console.Out.FlushAsync(cancellationToken);
        await console.Error.WriteAsync(report.ToString());
        return result.Succeeded ? 0 : 1;
    }

    /// <summary>The caller's AWS credentials, overlaid with the function's entry (or Parameters) of an env.json file.</summary>
    internal static async Task<Dictionary<string, string>> BuildEnvironmentAsync(string? envVarsFile, string logicalId, CancellationToken cancellationToken)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in PassThroughVariables)
        {
            if (Environment.GetEnvironmentVariable(name) is { Length: > 0 } value)
            {
                environment[name] = value;
            }
        }

        if (envVarsFile is { } file)
        {
            var json = Encoding.UTF8.GetString(await ReadRequiredAsync(file, "--env-vars", cancellationToken));
            try
            {
                foreach (var (name, value) in SamEnvVars.Parse(json, logicalId))
                {
                    environment[name] = value;
                }
            }
            catch (FormatException e)
            {
                throw new UsageException($"--env-vars '{file}': {e.Message}", e);
            }
        }

        return environment;
    }

    private static async Task<byte[]> ReadRequiredAsync(string path, string what, CancellationToken cancellationToken) =>
        File.Exists(path)
            ? await File.ReadAllBytesAsync(path, cancellationToken)
            : throw new UsageException($"{what} '{path}' does not exist");
}
