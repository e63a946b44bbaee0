namespace ThumbnailService.Local.Bench;

/// <summary>One run on one image: the first processing of a new upload's event, then the same event again.</summary>
/// <param name="FirstMs">Invocation duration (dispatch to response) of the first processing.</param>
/// <param name="DuplicateMs">Invocation duration of the duplicate.</param>
/// <param name="DuplicateRequests">The S3 requests the duplicate made (<c>METHOD /bucket/key STATUS</c>).</param>
/// <param name="HeadMs">One bare HEAD on the local S3 from the bench process, just before the duplicate: the floor of its S3 check.</param>
internal sealed record DuplicateSample(double FirstMs, double DuplicateMs, IReadOnlyList<string> DuplicateRequests, double HeadMs = double.NaN);
