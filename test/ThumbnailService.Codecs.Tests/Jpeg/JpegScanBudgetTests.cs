using ThumbnailService.Core.Imaging;
using ThumbnailService.Codecs.Jpeg;

namespace ThumbnailService.Codecs.Tests.Jpeg;

public sealed class JpegScanBudgetTests
{
    private static readonly JpegFrameInfo Baseline420 = Frame(0xC0, 100, 60, (2, 2), (1, 1), (1, 1));
    private static readonly JpegFrameInfo Progressive420 = Baseline420 with { FrameMarker = 0xC2 };

    [Theory]
    [InlineData(new[] { 0, 1, 2 }, 7L * 4 * 6)] // interleaved: 7 x 4 MCUs of 4 + 1 + 1 blocks
    [InlineData(new[] { 0 }, 13L * 8)] // luma alone: ceil(100 / 8) x ceil(60 / 8), not the MCU-padded 14 x 8
    [InlineData(new[] { 1 }, 7L * 4)] // chroma alone: ceil(ceil(100 / 2) / 8) x ceil(ceil(60 / 2) / 8)
    public void Blocks_ScanOfFrame_CountsWhatT81Walks(int[] components, long expected)
    {
        Assert.Equal(expected, JpegScanBudget.Blocks(Baseline420, Scan(components)));
    }

    [Theory]
    [InlineData(0xC0, 0, 63, 0, 1000, 2000)] // sequential: a DC code and an EOB per block
    [InlineData(0xC1, 0, 63, 0, 1000, 2000)]
    [InlineData(0xC2, 0, 0, 0, 1000, 1000)] // DC first: a code per block
    [InlineData(0xC2, 0, 0, 1, 1000, 1000)] // DC refinement: one bit per block
    [InlineData(0xC2, 1, 63, 0, 32_767, 15)] // AC: one EOB14 run of 32,767 blocks is 15 bits at least
    [InlineData(0xC2, 6, 63, 2, 32_768, 16)]
    [InlineData(0xC9, 0, 63, 0, 1000, 0)] // arithmetic coding: no bound
    public void MinimumBits_ScanKind_LowerBound(int marker, int start, int end, int high, long blocks, long expected)
    {
        JpegFrameInfo frame = Baseline420 with { FrameMarker = (byte)marker };

        Assert.Equal(expected, JpegScanBudget.MinimumBits(frame, new JpegScanBand(start, end, high, high == 0 ? 0 : high - 1), blocks));
    }

    [Theory]
    [InlineData(0xC0, 0, 63, 0, true)]
    [InlineData(0xC2, 0, 0, 0, true)]
    [InlineData(0xC2, 0, 0, 1, false)] // a refinement adds bits to DC values a first scan must have set
    [InlineData(0xC2, 1, 5, 0, false)]
    [InlineData(0xCA, 0, 0, 0, false)]
    public void CodesEveryBlock_ScanKind_OnlySequentialAndDcFirst(int marker, int start, int end, int high, bool expected)
    {
        JpegFrameInfo frame = Baseline420 with { FrameMarker = (byte)marker };

        Assert.Equal(expected, JpegScanBudget.CodesEveryBlock(frame, new JpegScanBand(start, end, high, 0)));
    }

    [Fact]
    public void Admit_DataEnoughForItsBlocks_AdmitsAndCountsBlocks()
    {
        var budget = new JpegScanBudget();

        Assert.Null(budget.Admit(Header(Progressive420, [0, 1, 2], new JpegScanBand(0, 0, 0, 1)), (168 + 7) / 8));
        Assert.Null(budget.Admit(Header(Progressive420, [0], new JpegScanBand(1, 63, 0, 0)), 1));

        Assert.Equal(168 + 104, budget.BlocksAdmitted);
    }

    [Fact]
    public void Admit_DataShortOfOneBitPerBlock_RejectsCorruptNamingTheScan()
    {
        var budget = new JpegScanBudget();

        RenderOutcome.Rejected? rejected = budget.Admit(Header(Progressive420, [0, 1, 2], new JpegScanBand(0, 0, 0, 0)), 20);

        Assert.Equal(RejectionReason.Corrupt, rejected?.Reason);
        Assert.Contains("scan 1 holds 20 bytes of data for 168 blocks, which need at least 21", rejected?.Detail, StringComparison.Ordinal);
        Assert.Equal(0, budget.BlocksAdmitted);
    }

    [Fact]
    public void Admit_OneScanMoreThanTheCap_RejectsTooMuchWork()
    {
        var budget = new JpegScanBudget();
        JpegHeader scan = Header(Progressive420, [0], new JpegScanBand(1, 63, 0, 0));
        for (int i = 0; i < JpegScanBudget.MaxScans; i++)
        {
            Assert.Null(budget.Admit(scan, 1));
        }

        Assert.Equal(RejectionReason.TooMuchWork, budget.Admit(scan, 1)?.Reason);
    }

    private static JpegFrameInfo Frame(byte marker, int width, int height, params (int H, int V)[] sampling) =>
        new(width, height, 8, marker, [.. sampling.Select((s, i) => new JpegComponentInfo(i + 1, s.H, s.V, 0))], JpegFrameInfo.NoAdobeSegment, true, sampling.Length);

    private static JpegScanComponent[] Scan(int[] components) => [.. components.Select(c => new JpegScanComponent(c, 0, 0))];

    private static JpegHeader Header(JpegFrameInfo frame, int[] components, JpegScanBand band) =>
        new(frame, new ushort[]?[4], [new HuffmanTable?[4], new HuffmanTable?[4]], 0, Scan(components), band, 0);
}
