using System.Diagnostics;
using SixLabors.ImageSharp;

namespace ThumbnailService.Codecs.Heif.Tests.Support;

/// <summary>Debian's avifenc (libavif-bin; tools/setup.sh installs it): several PNG frames become one animated AVIF (avis).</summary>
internal static class Avifenc
{
    public static byte[] Sequence(params Image[] frames)
    {
        string folder = Directory.CreateTempSubdirectory("avifenc-").FullName;
        try
        {
            var start = new ProcessStartInfo("avifenc") { RedirectStandardOutput = true, RedirectStandardError = true };
            for (int i = 0; i < frames.Length; i++)
            {
                string png = Path.Combine(folder, $"frame{i}.png");
                frames[i].SaveAsPng(png);
                start.ArgumentList.Add(png);
            }

            string output = Path.Combine(folder, "out.avif");
            start.ArgumentList.Add(output);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("avifenc did not start (tools/setup.sh installs libavif-bin)");
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            string error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? File.ReadAllBytes(output) : throw new InvalidOperationException($"avifenc failed ({process.ExitCode}): {error} {stdout.Result}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
