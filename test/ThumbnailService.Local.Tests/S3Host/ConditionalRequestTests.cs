using System.Net;
using Amazon.S3;
using Amazon.S3.Model;

namespace ThumbnailService.Local.Tests.S3Host;

[Trait("Category", "Integration")]
public sealed class ConditionalRequestTests(S3HostFixture fixture) : IClassFixture<S3HostFixture>
{
    private const string Bucket = S3HostFixture.ThumbnailBucket;

    [RequiresFact("node")]
    public async Task PutObject_IfNoneMatchStarOnExistingKey_412AndObjectUnchanged()
    {
        var key = S3HostFixture.NewPrefix(nameof(PutObject_IfNoneMatchStarOnExistingKey_412AndObjectUnchanged)) + "a.bin";
        var original = TestBytes.Random(100);
        await TestBytes.PutAsync(fixture.Client, Bucket, key, original);

        var error = await Assert.ThrowsAsync<AmazonS3Exception>(() => fixture.Client.PutObjectAsync(
            new PutObjectRequest { BucketName = Bucket, Key = key, InputStream = new MemoryStream(TestBytes.Random(100)), IfNoneMatch = "*" }));

        Assert.Equal(HttpStatusCode.PreconditionFailed, error.StatusCode);
        Assert.Equal("PreconditionFailed", error.ErrorCode);
        Assert.Equal(original, await TestBytes.ReadObjectAsync(fixture.Client, Bucket, key));
    }

    [RequiresFact("node")]
    public async Task PutObject_IfNoneMatchStarOnNewKey_Stored()
    {
        var key = S3HostFixture.NewPrefix(nameof(PutObject_IfNoneMatchStarOnNewKey_Stored)) + "a.bin";
        var bytes = TestBytes.Random(100);

        await fixture.Client.PutObjectAsync(
            new PutObjectRequest { BucketName = Bucket, Key = key, InputStream = new MemoryStream(bytes), IfNoneMatch = "*" });

        Assert.Equal(bytes, await TestBytes.ReadObjectAsync(fixture.Client, Bucket, key));
    }

    [RequiresFact("node")]
    public async Task PutObject_IfMatchMismatch_412()
    {
        var key = S3HostFixture.NewPrefix(nameof(PutObject_IfMatchMismatch_412)) + "a.bin";
        await TestBytes.PutAsync(fixture.Client, Bucket, key, TestBytes.Random(10));

        var error = await Assert.ThrowsAsync<AmazonS3Exception>(() => fixture.Client.PutObjectAsync(new PutObjectRequest
        {
            BucketName = Bucket, Key = key, InputStream = new MemoryStream(TestBytes.Random(10)), IfMatch = "\"0123456789abcdef0123456789abcdef\"",
        }));

        Assert.Equal(HttpStatusCode.PreconditionFailed, error.StatusCode);
    }

    [RequiresFact("node")]
    public async Task PutObject_IfMatchCurrentETag_Stored()
    {
        var key = S3HostFixture.NewPrefix(nameof(PutObject_IfMatchCurrentETag_Stored)) + "a.bin";
        var first = await TestBytes.PutAsync(fixture.Client, Bucket, key, TestBytes.Random(10));
        var second = TestBytes.Random(20);

        await fixture.Client.PutObjectAsync(
            new PutObjectRequest { BucketName = Bucket, Key = key, InputStream = new MemoryStream(second), IfMatch = first.ETag });

        Assert.Equal(second, await TestBytes.ReadObjectAsync(fixture.Client, Bucket, key));
    }

    [RequiresFact("node")]
    public async Task GetObject_IfMatchMismatch_412()
    {
        var key = S3HostFixture.NewPrefix(nameof(GetObject_IfMatchMismatch_412)) + "a.bin";
        await TestBytes.PutAsync(fixture.Client, Bucket, key, TestBytes.Random(10));

        var error = await Assert.ThrowsAsync<AmazonS3Exception>(() => fixture.Client.GetObjectAsync(
            new GetObjectRequest { BucketName = Bucket, Key = key, EtagToMatch = "\"0123456789abcdef0123456789abcdef\"" }));

        Assert.Equal(HttpStatusCode.PreconditionFailed, error.StatusCode);
    }
}
