using System.Text;
using ImageMagick;
using SixLabors.ImageSharp;
using ThumbnailService.Codecs.Heif.Boxes;
using ThumbnailService.Codecs.Heif.Native;
using ThumbnailService.Codecs.Heif.Tests.Support;

namespace ThumbnailService.Codecs.Heif.Tests.Native;

/// <summary>
/// The native library reads nothing but HEIC/HEIF/AVIF: payloads other coders would run (SVG, MVG, PostScript, the
/// ephemeral: and @file tricks) handed to it as HEIC fail in the HEIC coder, and other coders are refused by policy.
/// </summary>
public sealed class MagickLockdownTests
{

    public static TheoryData<string, string> Disguised => new()
    {
        { "svg", "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"40\"><rect width=\"40\" height=\"40\" fill=\"red\"/></svg>" },
        { "mvg", "push graphic-context\nviewbox 0 0 40 40\nfill red\nrectangle 0,0 40,40\npop graphic-context\n" },
        { "mvg-ephemeral", "push graphic-context\nviewbox 0 0 1 1\nimage over 0,0 1,1 'ephemeral:{victim}'\npop graphic-context\n" },
        { "mvg-text-file", "push graphic-context\nviewbox 0 0 1 1\nimage over 0,0 1,1 'text:@{victim}'\npop graphic-context\n" },
        { "postscript", "%!PS-Adobe-3.0\n%%BoundingBox: 0 0 40 40\nnewpath 0 0 moveto 40 0 lineto 40 40 lineto closepath fill showpage\n" },
    };

    [Theory]
    [MemberData(nameof(Disguised))]
    public void Read_PayloadDisguisedAsHeic_RejectsCorruptAndLeavesFilesAlone(string name, string payload)
    {
        string victim = Path.Combine(Path.GetTempPath(), $"thumbs-victim-{name}-{Environment.ProcessId}.txt");
        File.WriteAllText(victim, "still here");
        byte[] bytes = Encoding.UTF8.GetBytes(payload.Replace("{victim}", victim, StringComparison.Ordinal));
        try
        {
            foreach (HeifCompression compression in Enum.GetValues<HeifCompression>())
            {
                ImageRejectedException rejected = Assert.Throws<ImageRejectedException>(() => MagickHeifReader.Read(HeifPipelines.Context, bytes, compression, CancellationToken.None));
                Assert.Equal(RejectionReason.Corrupt, rejected.Rejection.Reason);
            }

            Assert.Equal("still here", File.ReadAllText(victim));
        }
        finally
        {
            File.Delete(victim);
        }
    }

    [Theory]
    [InlineData("svg")]
    [InlineData("mvg")]
    [InlineData("ps")]
    [InlineData("png")]
    public void Policy_OtherCoderAskedForByName_IsNotAuthorized(string format)
    {
        MagickRuntime.EnsureInitialized(60_000_000);
        var settings = new MagickReadSettings { Format = Enum.Parse<MagickFormat>(format, ignoreCase: true) };

        MagickPolicyErrorException refused = Assert.Throws<MagickPolicyErrorException>(() => new MagickImage("<svg/>"u8.ToArray(), settings));

        Assert.Contains("not authorized", refused.Message, StringComparison.OrdinalIgnoreCase);
    }

    [RequiresFact("heif-enc")]
    public void Policy_HeicCoder_IsAuthorizedToRead()
    {
        MagickRuntime.EnsureInitialized(60_000_000);

        using var image = new MagickImage(HeifSamples.Heic, new MagickReadSettings { Format = MagickFormat.Heic });

        Assert.Equal((640u, 480u), (image.Width, image.Height));
    }

    /// <summary>
    /// A warm Lambda process lives for hours: ImageMagick's time limit must bound one read, not the process's life
    /// (a per-process clock would refuse every HEIF after the first 20 seconds).
    /// </summary>
    [RequiresFact("heif-enc")]
    public void Read_AfterProcessOutlivesTimeLimit_StillDecodes()
    {
        MagickRuntime.EnsureInitialized(60_000_000);
        ResourceLimits.Time = 1;
        try
        {
            using (MagickHeifReader.Read(HeifPipelines.Context, HeifSamples.Heic, HeifCompression.Hevc, CancellationToken.None))
            {
            }

            Thread.Sleep(2500);

            using Image second = MagickHeifReader.Read(HeifPipelines.Context, HeifSamples.Heic, HeifCompression.Hevc, CancellationToken.None);
            Assert.Equal((640, 480), (second.Width, second.Height));
        }
        finally
        {
            ResourceLimits.Time = MagickLimits.TimeSeconds;
        }
    }
}
