using ThumbnailService.TestSupport.Tools;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using ThumbnailService.Core.Imaging;
using ThumbnailService.Codecs.Jpeg;
using ThumbnailService.TestSupport.Images;

namespace ThumbnailService.Codecs.Tests.Jpeg;

public sealed class JpegStructureCheckTests
{
    private static readonly Lazy<byte[]> Photo = new(() =>
    {
        using Image<Rgb24> photo = PhotoLike.Create(203, 151, seed: 8);
        return BaselineJpegWriter.Encode(photo, 85, 2, 2);
    });

    public static TheoryData<string> RealFiles => ["baseline", "baseline with restarts", "jpegtran -progressive", "jpegtran -progressive with restarts", "jpegtran -scans of 97 scans"];

    [RequiresTheory("jpegtran")]
    [MemberData(nameof(RealFiles))]
    public void Check_EncoderOutput_Accepts(string name)
    {
        Assert.Null(Check(Real(name), out _));
    }

    [RequiresFact("jpegtran")]
    public void Check_ManyScanScript_WritesNearlyTheCap()
    {
        int scans = Count(Real("jpegtran -scans of 97 scans"), 0xDA);

        Assert.Equal(97, scans);
        Assert.True(scans <= JpegScanBudget.MaxScans);
    }

    [Fact]
    public void Check_DataAfterEndOfImage_Accepts()
    {
        Assert.Null(Check([.. Photo.Value, .. "motion photo payload"u8], out _));
    }

    [Theory]
    [InlineData(0.2)]
    [InlineData(0.9)]
    [InlineData(0.999)]
    public void Check_Truncated_RejectsCorrupt(double keep)
    {
        byte[] cut = Photo.Value[..(int)(Photo.Value.Length * keep)];

        Assert.Equal(RejectionReason.Corrupt, Check(cut, out _)?.Reason);
    }

    [Fact]
    public void Check_TruncatedAfterAnExifThumbnailsEnd_RejectsCorrupt()
    {
        // An APP1 holding an embedded thumbnail's FF D9: a search for FF D9 would call the cut file complete.
        byte[] app1 = [0xFF, 0xE1, 0x00, 0x0C, .. "Exif\0\0"u8, 0xFF, 0xD8, 0xFF, 0xD9];
        byte[] jpeg = [0xFF, 0xD8, .. app1, .. Photo.Value[2..^100]];

        Assert.Equal(RejectionReason.Corrupt, Check(jpeg, out _)?.Reason);
    }

    [Fact]
    public void Check_ThousandsOfOneByteDcScans_RejectsCorruptAtTheFirst()
    {
        RenderOutcome.Rejected? rejected = Check(HostileJpegs.EmptyDcScans(2048, 2048, 1000), out JpegScanBudget budget);

        Assert.Equal(RejectionReason.Corrupt, rejected?.Reason);
        Assert.Contains("scan 1 holds 1 bytes of data for 98,304 blocks", rejected?.Detail, StringComparison.Ordinal);
        Assert.Equal(0, budget.BlocksAdmitted);
    }

    [Fact]
    public void Check_BaselineScanOfOneByte_RejectsCorrupt()
    {
        Assert.Equal(RejectionReason.Corrupt, Check(HostileJpegs.EmptyBaselineScan(7000, 7000), out _)?.Reason);
    }

    [Fact]
    public void Check_ScanCapOfMinimalScans_AcceptsAHundredPassesOverTheFrame()
    {
        byte[] jpeg = HostileJpegs.MinimalAcScans(4096, 4096, JpegScanBudget.MaxScans - 1);

        Assert.Null(Check(jpeg, out JpegScanBudget budget));
        Assert.Equal(512L * 512 * JpegScanBudget.MaxScans, budget.BlocksAdmitted);
    }

    [Fact]
    public void Check_OneScanOverTheCap_RejectsTooMuchWork()
    {
        Assert.Equal(RejectionReason.TooMuchWork, Check(HostileJpegs.MinimalAcScans(64, 64, JpegScanBudget.MaxScans), out _)?.Reason);
    }

    [Fact]
    public void Check_ProgressiveComponentWithoutDcScan_RejectsCorruptNamingIt()
    {
        byte[] jpeg = new CraftedJpeg(0xC2, 64, 64, 0x11, 0x11, 0x11)
            .Scan([1], 0, 0, 0, 0, CraftedJpeg.FlatDcData(64))
            .Scan([2], 1, 63, 0, 0, CraftedJpeg.EmptyAcData(64))
            .Finish();

        RenderOutcome.Rejected? rejected = Check(jpeg, out _);

        Assert.Equal(RejectionReason.Corrupt, rejected?.Reason);
        Assert.Contains("component 2 has no DC scan", rejected?.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FrameWithoutScan_RejectsCorrupt()
    {
        Assert.Equal(RejectionReason.Corrupt, Check(new CraftedJpeg(0xC2, 8000, 7000, 0x11).Finish(), out _)?.Reason);
    }

    [Fact]
    public void Check_SecondFrameHeader_RejectsCorrupt()
    {
        byte[] jpeg = new CraftedJpeg(0xC0, 16, 16, 0x11)
            .Segment(0xC0, [8, 0, 16, 0, 16, 1, 1, 0x11, 0])
            .Scan([1], 0, 63, 0, 0, new byte[16])
            .Finish();

        Assert.Equal(RejectionReason.Corrupt, Check(jpeg, out _)?.Reason);
    }

    [Theory]
    [InlineData(10, null)]
    [InlineData(ExifEntryBudget.MaxEntries + 1, RejectionReason.TooMuchWork)]
    public void Check_ExifSegment_EntriesWithinTheBudget(int entries, RejectionReason? expected)
    {
        byte[] app1 = [.. "Exif\0\0"u8, .. ExifBytes.Entries(entries)];
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE1, (byte)((app1.Length + 2) >> 8), (byte)(app1.Length + 2), .. app1, .. Photo.Value.AsSpan(2)];

        Assert.Equal(expected, Check(jpeg, out _)?.Reason);
    }

    [Fact]
    public void Check_ArithmeticFrame_LeftToImageSharpWithinTheScanCap()
    {
        byte[] jpeg = new CraftedJpeg(0xC9, 4000, 3000, 0x11).Scan([1], 0, 63, 0, 0, [0]).Finish();

        Assert.Null(Check(jpeg, out _)); // arithmetic coding has no bits-per-block floor; ImageSharp 2.1 refuses it
    }

    private static RenderOutcome.Rejected? Check(byte[] data, out JpegScanBudget budget)
    {
        budget = new JpegScanBudget();
        return JpegStructureCheck.Check(data, budget);
    }

    private static byte[] Real(string name) => name switch
    {
        "baseline" => Photo.Value,
        "baseline with restarts" => RestartPhoto(),
        "jpegtran -progressive" => Jpegtran.Progressive(Photo.Value),
        "jpegtran -progressive with restarts" => Jpegtran.Progressive(Photo.Value, restartInterval: 2),
        _ => Jpegtran.Progressive(Photo.Value, scanScript: Jpegtran.ManyScanScript(lumaBands: 40)),
    };

    private static byte[] RestartPhoto()
    {
        using Image<Rgb24> photo = PhotoLike.Create(203, 151, seed: 8);
        return BaselineJpegWriter.Encode(photo, 85, 2, 1, restartInterval: 3);
    }

    private static int Count(byte[] jpeg, byte marker)
    {
        int count = 0;
        for (int i = 0; i + 1 < jpeg.Length; i++)
        {
            count += jpeg[i] == 0xFF && jpeg[i + 1] == marker ? 1 : 0;
        }

        return count;
    }
}
