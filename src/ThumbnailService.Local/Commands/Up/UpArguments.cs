using System.Globalization;

namespace ThumbnailService.Local.Commands.Up;

/// <summary>The parsed command line of <c>thumbs up</c>.</summary>
internal sealed record UpArguments(int Port, string BootstrapPath, bool Logs, string? OutDirectory = null)
{
    public const int DefaultPort = 4568;

    public const string Usage =
        "up [--port 4568] [--logs] [--out DIR] [--bootstrap PATH]\n"
        + "      starts the local S3 endpoint (http://127.0.0.1:PORT, S3RVER/S3RVER, us-east-1; port 4568 matches env.json)\n"
        + "      and both functions, prints ready-to-paste aws commands, then one line per routed invocation until Ctrl-C;\n"
        + "      --logs also streams the functions' JSON logs to stderr; --out DIR keeps DIR/index.html (a gallery), DIR/summary.json\n"
        + "      and the thumbnails current after every upload and delete; --bootstrap defaults to $THUMBS_BOOTSTRAP";

    public static UpArguments Parse(IReadOnlyList<string> arguments, string? bootstrapFromEnvironment)
    {
        var options = OptionReader.Parse(arguments, ["--port", "--bootstrap", "--out"], ["--logs"]);
        var portText = options.Value("--port");
        var port = DefaultPort;
        if (portText is not null && !(int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port is > 0 and < 65536))
        {
            throw new UsageException($"--port must be a TCP port from 1 to 65535, got '{portText}'");
        }

        var output = options.Value("--out") is { } outText ? Path.GetFullPath(outText) : null;
        if (output is not null && File.Exists(output))
        {
            throw new UsageException($"--out '{output}' is a file; pass a folder");
        }

        return new UpArguments(port, options.Bootstrap(bootstrapFromEnvironment), options.Flag("--logs"), output);
    }
}
