using System.Diagnostics;
using ThumbnailService.Local;

namespace ThumbnailService.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The real published <c>bootstrap</c>: THUMBS_BOOTSTRAP when `./thumbs test` built it, else built here once with the
/// same Makefile target SAM uses.
/// </summary>
internal static class BootstrapBinary
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _path;

    public static async Task<string> EnsureAsync()
    {
        await Gate.WaitAsync();
        try
        {
            return _path ??= await LocateOrBuildAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<string> LocateOrBuildAsync()
    {
        if (Environment.GetEnvironmentVariable("THUMBS_BOOTSTRAP") is { Length: > 0 } given && File.Exists(given))
        {
            return given;
        }

        var artifacts = Path.Combine(RepositoryLayout.Root, ".build", "bootstrap");
        var start = new ProcessStartInfo("make", ["-s", "-C", Path.Combine(RepositoryLayout.Root, "src"), "build-ThumbnailFunction", $"ARTIFACTS_DIR={artifacts}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var make = Process.Start(start)!;
        var output = make.StandardOutput.ReadToEndAsync();
        var errors = make.StandardError.ReadToEndAsync();
        await make.WaitForExitAsync();
        if (make.ExitCode != 0)
        {
            throw new InvalidOperationException($"Building bootstrap failed ({make.ExitCode}):\n{await output}\n{await errors}");
        }

        return Path.Combine(artifacts, "bootstrap");
    }
}
