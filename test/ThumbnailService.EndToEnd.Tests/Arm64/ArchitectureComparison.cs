using System.Text.Json;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.EndToEnd.Tests.Infrastructure;
using ThumbnailService.Local.Pipeline;

namespace ThumbnailService.EndToEnd.Tests.Arm64;

/// <summary>
/// The same upload through both architectures, and what a user would compare: outcome and reason, then each thumbnail's
/// format, dimensions and pixels. Pixels may differ a little: our own decoder's vector paths are bit-identical to its
/// scalar code on both (Codecs.Tests), but ImageSharp's resampler and encoders take other SIMD paths on arm64 (no AVX2,
/// another FMA and rounding order). A resampled sample then moves by a level at most, so lossless (PNG) outputs must
/// stay within <see cref="MinimumLosslessPsnr"/> (45 dB: an RMS error of 1.4 levels of 255). The JPEG encoder's forward
/// DCT can land a coefficient on the other side of a quantiser boundary, one quantisation step (at quality 80 up to tens
/// of levels of that frequency) in a few blocks: JPEG outputs must stay within <see cref="MinimumJpegPsnr"/> (35 dB, RMS
/// error 4.5 levels; the sets here measured 39.8 dB and up, as the two x86_64 builds differ from each other). Both fail
/// any real fault: a wrong channel order, orientation, chroma phase or a garbage block lands below 25 dB.
/// </summary>
internal static class ArchitectureComparison
{
    public const double MinimumJpegPsnr = 35;

    public const double MinimumLosslessPsnr = 45;

    private static readonly string[] PresetNames = ["large", "small"];

    /// <summary>Uploads to both pipelines at once and waits for each thumbnail function's final result.</summary>
    public static async Task<(RoutedInvocation X64, RoutedInvocation Arm64)> UploadToBothAsync(EmulatedArm64Fixture fixture, string key, byte[] body)
    {
        var x64 = Upload(fixture.X64, key, body);
        var arm64 = Upload(fixture.Arm64, key, body);
        return (await x64, await arm64);
    }

    /// <summary>The first result's outcome and reason from the function's response.</summary>
    public static (string Outcome, string? Reason) Outcome(RoutedInvocation routed)
    {
        Assert.True(routed.Result.Succeeded, $"{routed.Key}: {routed.Result.ErrorType} {routed.Result.ErrorMessage}");
        using var response = JsonDocument.Parse(routed.Result.Payload.ToArray());
        var result = response.RootElement.GetProperty("results")[0];
        return (result.GetProperty("outcome").GetString()!, result.TryGetProperty("reason", out var reason) ? reason.GetString() : null);
    }

    /// <summary>Every preset's thumbnail of <paramref name="key"/>: present on both or on neither, same format and size, pixels within the bound. Returns (preset, PSNR) of those present.</summary>
    public static async Task<IReadOnlyList<(string Preset, double Psnr)>> AssertSameThumbnailsAsync(EmulatedArm64Fixture fixture, string key)
    {
        var figures = new List<(string, double)>();
        foreach (var preset in PresetNames)
        {
            byte[]? x64 = await fixture.X64.S3.GetBytesAsync(LocalPipelineOptions.DefaultThumbnailBucket, $"{preset}/{key}");
            byte[]? arm64 = await fixture.Arm64.S3.GetBytesAsync(LocalPipelineOptions.DefaultThumbnailBucket, $"{preset}/{key}");
            Assert.Equal(x64 is null, arm64 is null);
            if (x64 is null || arm64 is null)
            {
                continue;
            }

            string format = Image.DetectFormat(x64).Name;
            Assert.Equal(format, Image.DetectFormat(arm64).Name);
            using var expected = Image.Load<Rgba32>(x64);
            using var actual = Image.Load<Rgba32>(arm64);
            Assert.Equal((expected.Width, expected.Height), (actual.Width, actual.Height));
            double psnr = Psnr(expected, actual), bound = format == "JPEG" ? MinimumJpegPsnr : MinimumLosslessPsnr;
            Assert.True(psnr >= bound, $"{preset}/{key} ({format}): arm64 differs from x86_64 at {psnr:0.0} dB PSNR (bound {bound} dB)");
            figures.Add(($"{preset} {format}", psnr));
        }

        return figures;
    }

    private static async Task<RoutedInvocation> Upload(EmulatedArm64Fixture.Side side, string key, byte[] body) =>
        await side.S3.UploadAndWaitAsync(side.Pipeline.Journal, side.Pipeline.Options.SourceBucket, key, body);

    /// <summary>PSNR over every R, G, B and A sample (infinity when identical).</summary>
    private static double Psnr(Image<Rgba32> expected, Image<Rgba32> actual)
    {
        double sum = 0;
        for (int y = 0; y < expected.Height; y++)
        {
            for (int x = 0; x < expected.Width; x++)
            {
                Rgba32 e = expected[x, y], a = actual[x, y];
                sum += Square(e.R - a.R) + Square(e.G - a.G) + Square(e.B - a.B) + Square(e.A - a.A);
            }
        }

        double mse = sum / (4.0 * expected.Width * expected.Height);
        return mse == 0 ? double.PositiveInfinity : 10 * Math.Log10(255.0 * 255.0 / mse);
    }

    private static double Square(int value) => (double)value * value;
}
