namespace ThumbnailService.Bench.Peers;

/// <summary>
/// One timed run: wall and CPU (user + system) milliseconds and peak resident memory; for a fresh process also the
/// init part of the wall time (exec to its first Runtime API call). NaN when not measured.
/// </summary>
internal sealed record Measurement(double WallMs, double CpuMs, double PeakRssMb, double InitMs = double.NaN);
