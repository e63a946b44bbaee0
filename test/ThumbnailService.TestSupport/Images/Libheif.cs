using System.Diagnostics;
using System.Globalization;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;

namespace ThumbnailService.TestSupport.Images;

/// <summary>
/// Debian's libheif-examples (tools/setup.sh installs them): <c>heif-enc</c> makes the HEIC (x265) and AVIF (aom)
/// files the tests decode, <c>heif-convert</c> is the reference decoder their pixels are compared with.
/// </summary>
internal static class Libheif
{
    /// <summary>
    /// Encodes <paramref name="image"/> (8-bit, or 16-bit for <paramref name="bitDepth"/> 10 or 12) with heif-enc;
    /// <paramref name="chroma"/> (420, 422, 444) is the encoder's subsampling (Debian's aom aborts on 10-bit 4:2:0 AVIF).
    /// </summary>
    public static byte[] Encode(Image image, bool avif, int quality = 60, int bitDepth = 8, string? chroma = null)
    {
        string folder = Directory.CreateTempSubdirectory("heif-enc-").FullName;
        try
        {
            string input = Path.Combine(folder, "in.png");
            string output = Path.Combine(folder, avif ? "out.avif" : "out.heic");
            image.SaveAsPng(input, new PngEncoder { BitDepth = bitDepth > 8 ? PngBitDepth.Bit16 : PngBitDepth.Bit8 });
            List<string> arguments = ["-q", quality.ToString(CultureInfo.InvariantCulture)];
            if (avif)
            {
                arguments.Add("-A");
            }

            if (bitDepth != 8)
            {
                arguments.AddRange(["-b", bitDepth.ToString(CultureInfo.InvariantCulture)]);
            }

            if (chroma is not null)
            {
                arguments.AddRange(["-p", "chroma=" + chroma]);
            }

            Run("heif-enc", [.. arguments, input, "-o", output]);
            return File.ReadAllBytes(output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>libheif's own full decode of <paramref name="heif"/> (primary image, transformations applied).</summary>
    public static Image<Rgba32> Decode(byte[] heif)
    {
        string folder = Directory.CreateTempSubdirectory("heif-convert-").FullName;
        try
        {
            string input = Path.Combine(folder, "in.heic");
            string output = Path.Combine(folder, "out.png");
            File.WriteAllBytes(input, heif);
            Run("heif-convert", [input, output]);
            return Image.Load<Rgba32>(output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Run(string tool, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start (tools/setup.sh installs libheif-examples)");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {error} {output.Result}");
        }
    }
}
