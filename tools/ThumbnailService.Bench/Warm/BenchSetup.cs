using System.Diagnostics;

namespace ThumbnailService.Bench.Warm;

/// <summary>Runs tools/bench/setup.sh (installs vipsthumbnail, ImageMagick and sharp when missing; never fails the bench).</summary>
internal static class BenchSetup
{
    public static async Task RunAsync(CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("bash") { ArgumentList = { Path.Combine(BenchToolFactory.BenchDirectory, "setup.sh") }, UseShellExecute = false };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start bash for tools/bench/setup.sh");
        await process.WaitForExitAsync(cancellationToken);
    }
}
