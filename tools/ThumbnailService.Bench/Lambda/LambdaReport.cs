namespace ThumbnailService.Bench.Lambda;

/// <summary>Everything the Lambda bench prints and writes: one row per setting, the sources, the price, how it was throttled, the load.</summary>
internal sealed record LambdaReport(IReadOnlyList<LambdaRow> Rows, IReadOnlyList<string> Sources, LambdaPrice Price, string Throttle, string LoadAverage)
{
    public LambdaRow? CheapestWarm => CheapestSetting.Choose(Rows, LambdaMode.Warm);

    public LambdaRow? CheapestCold => CheapestSetting.Choose(Rows, LambdaMode.Cold);

    public static string Formula =>
        FormattableString.Invariant(
            $"vCPU = memory / {LambdaCpu.MemoryPerVcpuMb} MB (AWS: 1,769 MB is one vCPU, {LambdaCpu.Source}); cpu.cfs_quota_us = cpu.cfs_period_us ({LambdaCpu.PeriodMicroseconds}) x memory / {LambdaCpu.MemoryPerVcpuMb}");
}
