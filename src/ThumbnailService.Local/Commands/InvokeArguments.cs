using ThumbnailService.Aws;
using System.Globalization;

namespace ThumbnailService.Local.Commands;

/// <summary>The parsed command line of <c>thumbs invoke</c>.</summary>
internal sealed record InvokeArguments(
    string EventFile,
    string? EnvVarsFile,
    string Handler,
    string LogicalId,
    TimeSpan Timeout,
    int MemorySizeMb,
    string BootstrapPath)
{
    public const string BootstrapVariable = "THUMBS_BOOTSTRAP";

    /// <summary>Parses; <paramref name="bootstrapFromEnvironment"/> is <c>THUMBS_BOOTSTRAP</c>. Throws <see cref="UsageException"/>.</summary>
    public static InvokeArguments Parse(IReadOnlyList<string> arguments, string? bootstrapFromEnvironment)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var positional = new List<string>();
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            if (!argument.StartsWith('-') || argument == "-")
            {
                positional.Add(argument);
                continue;
            }

            var name = argument switch
            {
                "--env-vars" or "-n" => "env-vars",
                "--handler" or "--function" or "--timeout" or "--memory" or "--bootstrap" => argument[2..],
                _ => throw new UsageException($"unknown option '{argument}'"),
            };
            if (i + 1 >= arguments.Count)
            {
                throw new UsageException($"option '{argument}' needs a value");
            }

            values[name] = arguments[++i];
        }

        if (positional.Count != 1)
        {
            throw new UsageException(positional.Count == 0 ? "EVENT_FILE is missing" : $"expected one EVENT_FILE, got {positional.Count}");
        }

        var handler = values.GetValueOrDefault("handler", FunctionNames.Thumbnail);
        var logicalId = values.GetValueOrDefault("function")
            ?? (FunctionNames.All.Contains(handler, StringComparer.Ordinal) ? FunctionNames.LogicalIdOf(handler) : null)
            ?? throw new UsageException($"unknown handler '{handler}' (known: {string.Join(", ", FunctionNames.All)}); pass --function LogicalId to pick the env.json entry");
        var bootstrap = values.GetValueOrDefault("bootstrap") ?? bootstrapFromEnvironment;
        if (string.IsNullOrWhiteSpace(bootstrap))
        {
            throw new UsageException($"no bootstrap binary: pass --bootstrap PATH or set {BootstrapVariable} (the ./thumbs script sets it)");
        }

        return new InvokeArguments(
            positional[0],
            values.GetValueOrDefault("env-vars"),
            handler,
            logicalId,
            TimeSpan.FromSeconds(ParsePositive(values.GetValueOrDefault("timeout", "30"), "--timeout", 900)),
            (int)ParsePositive(values.GetValueOrDefault("memory", "1024"), "--memory", 10240),
            bootstrap);
    }

    private static double ParsePositive(string text, string option, double maximum) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && value <= maximum
            ? value
            : throw new UsageException($"{option} must be a number above 0 and at most {maximum.ToString(CultureInfo.InvariantCulture)}, got '{text}'");
}
