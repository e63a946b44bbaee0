using System.Net;
using Amazon.S3;

namespace ThumbnailService.Local.Tests.S3Host;

[Trait("Category", "Integration")]
public sealed class ErrorResponseTests(S3HostFixture fixture) : IClassFixture<S3HostFixture>
{
    [RequiresTheory("node")]
    [InlineData("café.jpg")]
    [InlineData("写真 & <notes>.jpg")]
    [InlineData("plain.jpg")]
    public async Task GetObject_MissingKey_SdkSeesNoSuchKey(string name)
    {
        var key = S3HostFixture.NewPrefix(nameof(GetObject_MissingKey_SdkSeesNoSuchKey)) + name;

        var error = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => fixture.Client.GetObjectAsync(S3HostFixture.SourceBucket, key));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal("NoSuchKey", error.ErrorCode);
    }
}
