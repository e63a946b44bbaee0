namespace ThumbnailService.Bench.Duplicate;

/// <summary>
/// One run on one image: the first processing of a new upload's event, then the same event again in the sandbox that
/// processed it (<paramref name="Same"/>) and in another warm sandbox (<paramref name="Other"/>).
/// </summary>
/// <param name="FirstMs">Invocation duration (dispatch to response) of the first processing.</param>
/// <param name="HeadMs">One bare HEAD on the local S3 from the bench process, just before a duplicate: the floor of its S3 check.</param>
internal sealed record DuplicateSample(double FirstMs, DuplicateDelivery Same, DuplicateDelivery Other, double HeadMs = double.NaN);

/// <summary>One delivery of a duplicate event.</summary>
/// <param name="Ms">Invocation duration (dispatch to response).</param>
/// <param name="Requests">The S3 requests it made (<c>METHOD /bucket/key STATUS</c>).</param>
internal sealed record DuplicateDelivery(double Ms, IReadOnlyList<string> Requests);
