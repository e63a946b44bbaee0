using System.Text;

namespace ThumbnailService.Bench.Tests.Duplicate;

public sealed class S3RequestSummaryTests
{
    [Fact]
    public void Summarize_Mixed_CountPerMethodInOrderOfFirstUse() =>
        Assert.Equal(
            "3 HEAD, 1 GET, 1 PUT",
            S3RequestSummary.Summarize(["HEAD /t/a 404", "HEAD /t/b 404", "GET /u/x 200", "HEAD /t/c 404", "PUT /t/a 200"]));

    [Fact]
    public void Summarize_Nothing_None() => Assert.Equal("none", S3RequestSummary.Summarize([]));

    [Fact]
    public void IsOneManifestHead_FoundManifest_True() =>
        Assert.True(S3RequestSummary.IsOneManifestHead(["HEAD /thumbnails/meta/bench/1/a.jpg.json 200"], "thumbnails", "meta/"));

    [Theory]
    [InlineData("HEAD /thumbnails/meta/a.jpg.json 404")]
    [InlineData("HEAD /thumbnails/large/a.jpg 200")]
    [InlineData("GET /thumbnails/meta/a.jpg.json 200")]
    [InlineData("HEAD /uploads/meta/a.jpg.json 200")]
    public void IsOneManifestHead_MissingOtherKeyMethodOrBucket_False(string request) =>
        Assert.False(S3RequestSummary.IsOneManifestHead([request], "thumbnails", "meta/"));

    [Fact]
    public void IsOneManifestHead_FallbackAfterTheManifest_False() =>
        Assert.False(S3RequestSummary.IsOneManifestHead(
            ["HEAD /thumbnails/meta/a.jpg.json 200", "HEAD /thumbnails/large/a.jpg 200", "HEAD /uploads/a.jpg 200"], "thumbnails", "meta/"));

    [Fact]
    public void Between_RecordedLines_OnlyRequestLinesStrictlyBetweenMarks()
    {
        var recorder = new S3RequestRecorder();
        foreach (var line in new[] { "REQUEST HEAD /u/bench-marker/1 404", "[s3host] noise", "REQUEST HEAD /t/a 200", "REQUEST HEAD /u/bench-marker/2 404" })
        {
            recorder.Record(line);
        }

        Assert.Equal(["HEAD /t/a 200"], recorder.Between(0, 2));
    }

    [Fact]
    public void AreNone_NoRequest_True() => Assert.True(S3RequestSummary.AreNone([]));

    [Fact]
    public void AreNone_OneHead_False() => Assert.False(S3RequestSummary.AreNone(["HEAD /thumbnails/large/a 200"]));

    [Fact]
    public void Outcomes_SameSandboxDuplicate_OutcomeAndReason() =>
        Assert.Equal(
            [DuplicateOutcome.SameSandbox],
            DuplicateFunction.Outcomes(Encoding.UTF8.GetBytes(
                """{"route":"s3","results":[{"bucket":"u","key":"k","outcome":"AlreadyDone","reason":"DuplicateEvent","detail":"no S3 request made"}]}""")));

    [Fact]
    public void Outcomes_OtherSandboxDuplicate_ReasonAbsent() =>
        Assert.Equal(
            [new DuplicateOutcome("AlreadyDone", null)],
            DuplicateFunction.Outcomes(Encoding.UTF8.GetBytes("""{"route":"s3","results":[{"bucket":"u","key":"k","outcome":"AlreadyDone"}]}""")));

    [Fact]
    public void Outcomes_NoResults_Empty() => Assert.Empty(DuplicateFunction.Outcomes(Encoding.UTF8.GetBytes("""{"route":"s3"}""")));

    [Fact]
    public void ToString_OutcomeWithReason_BothNamed() =>
        Assert.Equal("AlreadyDone (reason DuplicateEvent)", DuplicateOutcome.SameSandbox.ToString());
}
