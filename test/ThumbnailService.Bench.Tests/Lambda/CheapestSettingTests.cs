namespace ThumbnailService.Bench.Tests.Lambda;

public sealed class CheapestSettingTests
{
    [Fact]
    public void Choose_ThreeSettings_LowestWarmCost()
    {
        var rows = new[] { LambdaRows.Row(512, warmMs: 900), LambdaRows.Row(1024, warmMs: 400), LambdaRows.Row(1769, warmMs: 300) };

        Assert.Equal(1024, CheapestSetting.Choose(rows, LambdaMode.Warm)?.MemoryMb);
    }

    [Fact]
    public void Choose_ColdMode_UsesColdCost()
    {
        var rows = new[] { LambdaRows.Row(512, warmMs: 100, coldMs: 2000), LambdaRows.Row(1024, warmMs: 100, coldMs: 500) };

        Assert.Equal((512, 1024), (CheapestSetting.Choose(rows, LambdaMode.Warm)?.MemoryMb, CheapestSetting.Choose(rows, LambdaMode.Cold)?.MemoryMb));
    }

    [Fact]
    public void Choose_CheapestHadAFailure_NextCheapest()
    {
        var rows = new[] { LambdaRows.Row(256, warmMs: 100) with { Failures = ["heic (warm): ProcessExited"] }, LambdaRows.Row(512, warmMs: 100) };

        Assert.Equal(512, CheapestSetting.Choose(rows, LambdaMode.Warm)?.MemoryMb);
    }

    [Fact]
    public void Choose_CheapestPeakOverItsMemory_NextCheapest()
    {
        var rows = new[] { LambdaRows.Row(256, warmMs: 100) with { PeakRssMb = 300 }, LambdaRows.Row(512, warmMs: 100) with { PeakRssMb = 300 } };

        Assert.Equal(512, CheapestSetting.Choose(rows, LambdaMode.Warm)?.MemoryMb);
    }

    [Fact]
    public void Choose_SameCost_FasterSetting()
    {
        var rows = new[] { LambdaRows.Row(512, warmMs: 400), LambdaRows.Row(1024, warmMs: 200) };

        Assert.Equal(1024, CheapestSetting.Choose(rows, LambdaMode.Warm)?.MemoryMb);
    }

    [Fact]
    public void Choose_NoneQualifies_Null() =>
        Assert.Null(CheapestSetting.Choose([LambdaRows.Row(512, warmMs: 100) with { Failures = ["x"] }], LambdaMode.Warm));
}
