namespace ThumbnailService.EndToEnd.Tests.Reliability.Burst;

/// <summary>One uploaded version of a burst source: its number, stored dimensions and ETag.</summary>
internal sealed record BurstVersion(int Number, int Width, int Height, string ETag);
