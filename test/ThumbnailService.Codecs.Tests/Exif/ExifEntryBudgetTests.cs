using System.Buffers.Binary;
using ThumbnailService.Core.Imaging;
using ThumbnailService.TestSupport.Images;

namespace ThumbnailService.Codecs.Tests.Exif;

public sealed class ExifEntryBudgetTests
{
    [Fact]
    public void Add_CameraExif_CountsEveryIfdWithinTheBudget()
    {
        var budget = new ExifEntryBudget();

        Assert.Null(budget.Add(ExifBytes.Camera()));

        Assert.Equal(8, budget.Entries); // IFD0: Orientation, Make, Model, two IFD pointers; Exif IFD: 2; GPS IFD: 1
    }

    [Fact]
    public void Add_WithExifPrefixAsInJpegApp1_CountsTheSame()
    {
        var budget = new ExifEntryBudget();

        Assert.Null(budget.Add([.. "Exif\0\0"u8, .. ExifBytes.Entries(40)]));

        Assert.Equal(40, budget.Entries);
    }

    [Fact]
    public void Add_OneEntryOverTheBudget_RejectsTooMuchWork()
    {
        var budget = new ExifEntryBudget();

        Assert.Null(budget.Add(ExifBytes.Entries(ExifEntryBudget.MaxEntries)));
        Assert.Equal(RejectionReason.TooMuchWork, budget.Add(ExifBytes.Entries(1))?.Reason);
    }

    [Fact]
    public void Add_IfdChainPointingAtItself_CountsItOnce()
    {
        byte[] tiff = ExifBytes.Entries(5);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(tiff.Length - 4), 8); // next IFD: IFD0 again
        var budget = new ExifEntryBudget();

        Assert.Null(budget.Add(tiff));

        Assert.Equal(5, budget.Entries);
    }

    [Fact]
    public void Add_NotTiff_CountsNothing()
    {
        var budget = new ExifEntryBudget();

        Assert.Null(budget.Add("<x:xmpmeta/>"u8));

        Assert.Equal(0, budget.Entries);
    }
}
