namespace ThumbnailService.Bench.Lambda;

/// <summary>
/// One memory setting's result: the median duration of each source, warm and cold, the peak RSS of any of its
/// processes, the failures (source: reason) and the cost of 1,000 sources in each mode.
/// </summary>
internal sealed record LambdaRow(
    int MemoryMb,
    IReadOnlyDictionary<string, double> WarmMedianMs,
    IReadOnlyDictionary<string, double> ColdMedianMs,
    double PeakRssMb,
    IReadOnlyList<string> Failures,
    LambdaCost Warm,
    LambdaCost Cold)
{
    public double Vcpus => LambdaCpu.Vcpus(MemoryMb);

    /// <summary>True when every source rendered and the peak RSS fits the setting (on Lambda a larger one is killed).</summary>
    public bool Fits => Failures.Count == 0 && (double.IsNaN(PeakRssMb) || PeakRssMb <= MemoryMb);

    public LambdaCost Cost(LambdaMode mode) => mode == LambdaMode.Warm ? Warm : Cold;
}
