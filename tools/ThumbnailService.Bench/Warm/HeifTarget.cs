namespace ThumbnailService.Bench.Warm;

/// <summary>One issue-14 target on one image: our median against another median (wall and CPU ratios) and the goal.</summary>
internal sealed record HeifTarget(string Image, string Name, double OursMs, double AgainstMs, double Ratio, double CpuRatio, double Goal);
