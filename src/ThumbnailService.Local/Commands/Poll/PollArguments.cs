using ThumbnailService.Aws;
using System.Globalization;

namespace ThumbnailService.Local.Commands.Poll;

/// <summary>The parsed command line of <c>thumbs poll</c>.</summary>
internal sealed record PollArguments(string QueueUrl, string? EndpointUrl, int BatchSize, int WaitSeconds, string Handler, string? EnvVarsFile, TimeSpan Timeout, string BootstrapPath)
{
    public const string Usage =
        "poll --queue-url URL [--endpoint-url URL] [--batch-size 10] [--wait 20] [--handler thumbnail|cleanup] [--env-vars env.json] "
        + "[--timeout S (30)] [--bootstrap PATH]\n"
        + "      Lambda's SQS event source mapping on this machine: receives up to --batch-size messages (long poll --wait s),\n"
        + "      invokes the local bootstrap once per batch, deletes the messages it did not name in batchItemFailures; failed\n"
        + "      ones reappear after the queue's visibility timeout and go to its dead-letter queue after maxReceiveCount.\n"
        + "      SQS credentials from the usual AWS variables; --endpoint-url for a local SQS (moto); until Ctrl-C";

    public static PollArguments Parse(IReadOnlyList<string> arguments, string? bootstrapFromEnvironment)
    {
        var options = OptionReader.Parse(arguments, ["--queue-url", "--endpoint-url", "--batch-size", "--wait", "--handler", "--env-vars", "--timeout", "--bootstrap"], []);
        var queueUrl = options.Value("--queue-url") ?? throw new UsageException("--queue-url is required");
        var handler = options.Value("--handler") ?? FunctionNames.Thumbnail;
        if (!FunctionNames.All.Contains(handler, StringComparer.Ordinal))
        {
            throw new UsageException($"unknown handler '{handler}' (known: {string.Join(", ", FunctionNames.All)})");
        }

        return new PollArguments(
            queueUrl,
            options.Value("--endpoint-url"),
            Whole(options.Value("--batch-size"), "--batch-size", 10, 1, 10),
            Whole(options.Value("--wait"), "--wait", 20, 0, 20),
            handler,
            options.Value("--env-vars"),
            TimeSpan.FromSeconds(Whole(options.Value("--timeout"), "--timeout", 30, 1, 900)),
            options.Bootstrap(bootstrapFromEnvironment));
    }

    private static int Whole(string? text, string option, int fallback, int minimum, int maximum) =>
        text is null ? fallback
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= maximum ? value
        : throw new UsageException($"{option} must be a whole number from {minimum} to {maximum}, got '{text}'");
}
