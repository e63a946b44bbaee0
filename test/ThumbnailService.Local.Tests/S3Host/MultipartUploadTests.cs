using Amazon.S3.Transfer;

namespace ThumbnailService.Local.Tests.S3Host;

[Trait("Category", "Integration")]
public sealed class MultipartUploadTests(S3HostFixture fixture) : IClassFixture<S3HostFixture>
{
    [RequiresFact("node")]
    public async Task TransferUtilityUpload_12MbIn5MbParts_BytesEqualAndCompleteMultipartUploadEvent()
    {
        var key = S3HostFixture.NewPrefix(nameof(TransferUtilityUpload_12MbIn5MbParts_BytesEqualAndCompleteMultipartUploadEvent)) + "big photo.jpg";
        var bytes = TestBytes.Random(12 * 1024 * 1024);
        // 12 MB is below the default 16 MB threshold: lower it so TransferUtility really uses multipart.
        using var transfer = new TransferUtility(fixture.Client, new TransferUtilityConfig { MinSizeBeforePartUpload = 5 * 1024 * 1024 });

        await transfer.UploadAsync(new TransferUtilityUploadRequest
        {
            BucketName = S3HostFixture.SourceBucket,
            Key = key,
            InputStream = new MemoryStream(bytes),
            PartSize = 5 * 1024 * 1024,
        });

        Assert.Equal(bytes, await TestBytes.ReadObjectAsync(fixture.Client, S3HostFixture.SourceBucket, key));
        var record = Assert.Single(await fixture.Events.WaitForAsync(
            S3EventRecord.For(S3HostFixture.SourceBucket, key, "ObjectCreated:CompleteMultipartUpload")));
        var head = await fixture.Client.GetObjectMetadataAsync(S3HostFixture.SourceBucket, key);
        Assert.Equal(head.ETag.Trim('"'), S3EventRecord.Object(record).GetProperty("eTag").GetString());
        Assert.Equal(bytes.Length, S3EventRecord.Object(record).GetProperty("size").GetInt64());
    }
}
