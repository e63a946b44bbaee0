
namespace ThumbnailService.Bench.Tests.Peers;

public sealed class WorkerProtocolTests
{
    [Fact]
    public void FormatJob_PresetTaskWithAlpha_PresetsPathFolderAndPng()
    {
        var job = new BenchJob(new BenchImage("p", "/in/p.png", HasAlpha: true), BenchTask.Presets, "/out");

        var (presets, input, folder, extension) = WorkerProtocol.ParseJob(WorkerProtocol.FormatJob(job));

        Assert.Equal(Core.Options.ConfigurationVariables.DefaultPresets, presets);
        Assert.Equal(("/in/p.png", "/out", ".png"), (input, folder, extension));
    }

    [Fact]
    public void FormatJob_SingleTaskWithAlpha_JpegThumbnail() =>
        Assert.EndsWith("\t.jpg", WorkerProtocol.FormatJob(new BenchJob(new BenchImage("p", "/p.png", true), BenchTask.Single, "/o")), StringComparison.Ordinal);

    [Fact]
    public void ParseResult_Ok_WallAndCpu() =>
        Assert.Equal((12.5, 30.25), WorkerProtocol.ParseResult(WorkerProtocol.FormatResult(12.5, 30.25)));

    [Theory]
    [InlineData("error\tInput file is missing", "Input file is missing")]
    [InlineData(null, "the worker exited")]
    public void ParseResult_ErrorOrEnd_Throws(string? line, string message) =>
        Assert.Equal(message, Assert.Throws<InvalidOperationException>(() => WorkerProtocol.ParseResult(line)).Message);

    [Fact]
    public void ParseTimeOutput_FailedCommandLineFirst_LastLineRead() =>
        Assert.Equal((250.0, 100.0), ExternalTool.ParseTimeOutput("Command exited with non-zero status 1\n0.20 0.05 102400\n"));

    [Fact]
    public void ParsePeakMb_ProcStatus_VmHwmInMegabytes() =>
        Assert.Equal(60.0, ProcStatus.ParsePeakMb("Name:\tnode\nVmPeak:\t  900000 kB\nVmHWM:\t   61440 kB\nVmRSS:\t 1 kB\n"));
}
