using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ThumbnailService.Local.S3Host;

/// <summary>The <c>node main.js ...</c> command line for given options.</summary>
internal static class S3HostCommand
{
    public static ProcessStartInfo Create(string hostDirectory, LocalS3HostOptions options)
    {
        var startInfo = new ProcessStartInfo("node")
        {
            WorkingDirectory = hostDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in Arguments(options))
        {
            startInfo.ArgumentList.Add(argument);
        }

        return startInfo;
    }

    public static IEnumerable<string> Arguments(LocalS3HostOptions options)
    {
        yield return "main.js";
        yield return "--port";
        yield return options.Port.ToString(CultureInfo.InvariantCulture);
        foreach (var bucket in options.Buckets)
        {
            yield return "--bucket";
            yield return bucket;
        }

        foreach (var bucket in options.NotifyBuckets)
        {
            yield return "--notify-bucket";
            yield return bucket;
        }

        if (options.DataDirectory is { } data)
        {
            yield return "--data";
            yield return Path.GetFullPath(data);
        }

        if (!options.LogRequests)
        {
            yield return "--quiet";
        }
    }
}
