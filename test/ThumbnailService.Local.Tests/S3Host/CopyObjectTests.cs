using Amazon.S3.Model;

namespace ThumbnailService.Local.Tests.S3Host;

[Trait("Category", "Integration")]
public sealed class CopyObjectTests(S3HostFixture fixture) : IClassFixture<S3HostFixture>
{
    [RequiresTheory("node")]
    [InlineData("a b+c/é ü.jpg")]
    [InlineData("100% (final)/日本 写真.png")]
    public async Task CopyObject_KeyWithSpacesPlusAndNonAscii_CopyHasSameBytesAndEventHasETag(string name)
    {
        var prefix = S3HostFixture.NewPrefix(nameof(CopyObject_KeyWithSpacesPlusAndNonAscii_CopyHasSameBytesAndEventHasETag));
        var source = prefix + name;
        var destination = prefix + "copy of " + name;
        var bytes = TestBytes.Random(70_000);
        await TestBytes.PutAsync(fixture.Client, S3HostFixture.SourceBucket, source, bytes);

        var copy = await fixture.Client.CopyObjectAsync(new CopyObjectRequest
        {
            SourceBucket = S3HostFixture.SourceBucket,
            SourceKey = source,
            DestinationBucket = S3HostFixture.SourceBucket,
            DestinationKey = destination,
        });

        Assert.Equal(bytes, await TestBytes.ReadObjectAsync(fixture.Client, S3HostFixture.SourceBucket, destination));
        var record = Assert.Single(await fixture.Events.WaitForAsync(
            S3EventRecord.For(S3HostFixture.SourceBucket, destination, "ObjectCreated:Copy")));
        Assert.Equal(copy.ETag.Trim('"'), S3EventRecord.Object(record).GetProperty("eTag").GetString());
    }
}
