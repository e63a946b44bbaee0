
namespace ThumbnailService.Bench.Tests.Peers;

public sealed class PeerCommandsTests
{
    private static readonly BenchJob Presets = new(new BenchImage("a", "/in/a.jpg", false), BenchTask.Presets, "/out");

    [Fact]
    public void VipsThumbnail_PresetSet_OneCallPerPresetCoverCropsCentre()
    {
        var calls = PeerCommands.VipsThumbnail(Presets);

        Assert.Equal(3, calls.Count);
        Assert.Equal(["vipsthumbnail", "/in/a.jpg", "-s", "1024x1024>", "-o", "/out/large.jpg[Q=80,strip]"], calls[0]);
        Assert.Equal(["vipsthumbnail", "/in/a.jpg", "-s", "256x256>", "--smartcrop", "centre", "-o", "/out/small.jpg[Q=80,strip]"], calls[2]);
    }

    [Fact]
    public void ImageMagick_PresetSet_OneCallClonesAllButTheLast()
    {
        var call = Assert.Single(PeerCommands.ImageMagick(Presets));

        Assert.Equal(
            "/usr/bin/convert /in/a.jpg -auto-orient -quality 80 -background white -alpha remove "
            + "( +clone -thumbnail 1024x1024> -write /out/large.jpg +delete ) ( +clone -thumbnail 512x512> -write /out/medium.jpg +delete ) "
            + "-thumbnail 256x256^ -gravity center -extent 256x256 /out/small.jpg",
            string.Join(' ', call));
    }

    [Fact]
    public void ImageMagick_Single_OneThumbnail() =>
        Assert.EndsWith(
            "-thumbnail 256x256> /out/thumb.jpg",
            string.Join(' ', PeerCommands.ImageMagick(Presets with { Task = BenchTask.Single })[0]),
            StringComparison.Ordinal);
}
