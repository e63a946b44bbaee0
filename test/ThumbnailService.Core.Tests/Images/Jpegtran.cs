using System.Diagnostics;

namespace ThumbnailService.Core.Tests.Images;

/// <summary>
/// libjpeg-turbo's <c>jpegtran</c> (Debian libjpeg-turbo-progs, installed by tools/setup.sh): rewrites a baseline
/// JPEG as a progressive one without touching its coefficients, so both must decode to the same pixels.
/// </summary>
internal static class Jpegtran
{
    public static byte[] Progressive(byte[] baseline, int restartInterval = 0)
    {
        var start = new ProcessStartInfo("jpegtran") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-progressive");
        if (restartInterval > 0)
        {
            start.ArgumentList.Add("-restart");
            start.ArgumentList.Add(restartInterval.ToString(System.Globalization.CultureInfo.InvariantCulture) + "B");
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("jpegtran did not start (tools/setup.sh installs libjpeg-turbo-progs)");
        var output = new MemoryStream();
        Task copy = process.StandardOutput.BaseStream.CopyToAsync(output);
        process.StandardInput.BaseStream.Write(baseline);
        process.StandardInput.Close();
        copy.Wait();
        process.WaitForExit();
        return process.ExitCode == 0
            ? output.ToArray()
            : throw new InvalidOperationException($"jpegtran failed: {process.StandardError.ReadToEnd()}");
    }
}
