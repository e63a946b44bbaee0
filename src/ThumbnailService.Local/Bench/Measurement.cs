namespace ThumbnailService.Local.Bench;

/// <summary>One timed run: wall and CPU (user + system) milliseconds and peak resident memory. NaN when not measured.</summary>
internal sealed record Measurement(double WallMs, double CpuMs, double PeakRssMb);
