namespace ThumbnailService.EndToEnd.Tests.Reliability.Corpus;

/// <summary>One hostile upload and how it must end: an outcome (Created/Rejected) and, for rejections, the reason.</summary>
internal sealed record HostileSample(string Name, string FileName, byte[] Body, string Outcome, string? Reason = null)
{
    public override string ToString() => Name;
}
