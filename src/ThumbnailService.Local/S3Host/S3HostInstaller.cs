using System.Diagnostics;

namespace ThumbnailService.Local.S3Host;

/// <summary>Runs <c>npm ci</c> in the host directory when its packages are not installed yet.</summary>
internal static class S3HostInstaller
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task EnsureInstalledAsync(string hostDirectory, Action<string>? log, CancellationToken ct)
    {
        if (IsInstalled(hostDirectory))
        {
            return;
        }

        await Gate.WaitAsync(ct);
        try
        {
            if (!IsInstalled(hostDirectory))
            {
                await RunNpmCiAsync(hostDirectory, log, ct);
            }
        }
        finally
        {
            Gate.Release();
        }
    }

    private static bool IsInstalled(string hostDirectory) =>
        File.Exists(Path.Combine(hostDirectory, "node_modules", "s3rver", "package.json"));

    private static async Task RunNpmCiAsync(string hostDirectory, Action<string>? log, CancellationToken ct)
    {
        var startInfo = new ProcessStartInfo("npm")
        {
            WorkingDirectory = hostDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "ci", "--no-audit", "--no-fund" })
        {
            startInfo.ArgumentList.Add(argument);
        }

        log?.Invoke($"npm ci --no-audit --no-fund (in {hostDirectory})");
        using var npm = Process.Start(startInfo)
            ?? throw new InvalidOperationException("Could not start npm: install Node.js 20 and npm, and put them on PATH.");
        var output = npm.StandardOutput.ReadToEndAsync(ct);
        var errors = npm.StandardError.ReadToEndAsync(ct);
        try
        {
            await npm.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            npm.Kill(entireProcessTree: true);
            throw;
        }

        var text = (await output) + (await errors);
        log?.Invoke(text.TrimEnd());
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"'npm ci' failed in {hostDirectory} (exit code {npm.ExitCode}); run it there by hand to see why.{Environment.NewLine}{text}");
        }
    }
}
