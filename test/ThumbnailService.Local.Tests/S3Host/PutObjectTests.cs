using System.Security.Cryptography;
using Amazon.S3.Model;

namespace ThumbnailService.Local.Tests.S3Host;

[Trait("Category", "Integration")]
public sealed class PutObjectTests(S3HostFixture fixture) : IClassFixture<S3HostFixture>
{
    [RequiresTheory("node")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5351", Justification = "S3's ETag of a single-part object is its MD5.")]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(8 * 1024)]
    [InlineData(81_921)]
    [InlineData(1024 * 1024 + 7)]
    [InlineData(5 * 1024 * 1024)]
    public async Task PutObject_SdkDefaultsAwsChunked_BytesReadBackEqual(int size)
    {
        var key = S3HostFixture.NewPrefix(nameof(PutObject_SdkDefaultsAwsChunked_BytesReadBackEqual)) + $"{size}.bin";
        var bytes = TestBytes.Random(size);

        var put = await TestBytes.PutAsync(fixture.Client, S3HostFixture.ThumbnailBucket, key, bytes);

        Assert.Equal(bytes, await TestBytes.ReadObjectAsync(fixture.Client, S3HostFixture.ThumbnailBucket, key));
        Assert.Equal($"\"{Convert.ToHexStringLower(MD5.HashData(bytes))}\"", put.ETag);
    }

    [RequiresFact("node")]
    public async Task GetObject_AfterChunkedPut_HasNoAwsChunkedEncodingAndDeclaredLength()
    {
        var key = S3HostFixture.NewPrefix(nameof(GetObject_AfterChunkedPut_HasNoAwsChunkedEncodingAndDeclaredLength)) + "a.txt";
        var bytes = TestBytes.Random(1000);
        await fixture.Client.PutObjectAsync(new PutObjectRequest
        {
            BucketName = S3HostFixture.ThumbnailBucket,
            Key = key,
            InputStream = new MemoryStream(bytes),
            ContentType = "text/plain",
        });

        var head = await fixture.Client.GetObjectMetadataAsync(S3HostFixture.ThumbnailBucket, key);

        Assert.Equal(1000, head.ContentLength);
        Assert.Equal("text/plain", head.Headers.ContentType);
        Assert.DoesNotContain("aws-chunked", head.Headers.ContentEncoding ?? "", StringComparison.OrdinalIgnoreCase);
    }
}
