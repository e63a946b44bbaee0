using System.Globalization;
using System.Numerics;
using Amazon.S3.Model;

namespace ThumbnailService.Local.Tests.S3Host;

[Trait("Category", "Integration")]
public sealed class EventNotificationTests(S3HostFixture fixture) : IClassFixture<S3HostFixture>
{
    private const string Source = S3HostFixture.SourceBucket;

    [RequiresTheory("node")]
    [InlineData("a b+c/é ü.jpg", "a+b%2Bc/%C3%A9+%C3%BC.jpg")]
    [InlineData("red flower (1).jpg", "red+flower+%281%29.jpg")]
    [InlineData("100%/x=y&z~!.png", "100%25/x%3Dy%26z%7E%21.png")]
    [InlineData("日本/写真.jpeg", "%E6%97%A5%E6%9C%AC/%E5%86%99%E7%9C%9F.jpeg")]
    public async Task PutObject_KeyNeedingEncoding_EventKeyFormUrlEncodedInAwsShape(string name, string encodedName)
    {
        var prefix = S3HostFixture.NewPrefix(nameof(PutObject_KeyNeedingEncoding_EventKeyFormUrlEncodedInAwsShape));
        var put = await TestBytes.PutAsync(fixture.Client, Source, prefix + name, TestBytes.Random(33));

        var record = Assert.Single(await fixture.Events.WaitForAsync(S3EventRecord.For(Source, prefix + name, "ObjectCreated:Put")));

        Assert.Equal(prefix + encodedName, S3EventRecord.RawKey(record));
        Assert.Equal("2.1", record.GetProperty("eventVersion").GetString());
        Assert.Equal("aws:s3", record.GetProperty("eventSource").GetString());
        Assert.Equal("us-east-1", record.GetProperty("awsRegion").GetString());
        Assert.Equal("arn:aws:s3:::source", record.GetProperty("s3").GetProperty("bucket").GetProperty("arn").GetString());
        Assert.Equal(33, S3EventRecord.Object(record).GetProperty("size").GetInt64());
        Assert.Equal(put.ETag.Trim('"'), S3EventRecord.Object(record).GetProperty("eTag").GetString());
    }

    [RequiresFact("node")]
    public async Task PutObject_SameKeyTwice_SequencerGrowsAndIsUpperHex()
    {
        var key = S3HostFixture.NewPrefix(nameof(PutObject_SameKeyTwice_SequencerGrowsAndIsUpperHex)) + "a.jpg";
        await TestBytes.PutAsync(fixture.Client, Source, key, [1]);
        await TestBytes.PutAsync(fixture.Client, Source, key, [2]);

        var records = await fixture.Events.WaitForAsync(S3EventRecord.For(Source, key, "ObjectCreated:Put"), count: 2);

        var sequencers = records.Select(r => S3EventRecord.Object(r).GetProperty("sequencer").GetString()!).ToList();
        Assert.All(sequencers, s => Assert.Matches("^[0-9A-F]+$", s));
        Assert.True(
            BigInteger.Parse("0" + sequencers[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture)
            > BigInteger.Parse("0" + sequencers[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
    }

    [RequiresFact("node")]
    public async Task DeleteObjects_ThreeKeys_OneObjectRemovedDeleteEventPerKey()
    {
        var prefix = S3HostFixture.NewPrefix(nameof(DeleteObjects_ThreeKeys_OneObjectRemovedDeleteEventPerKey));
        string[] keys = [prefix + "a.jpg", prefix + "b c.jpg", prefix + "d+é.jpg"];
        foreach (var key in keys)
        {
            await TestBytes.PutAsync(fixture.Client, Source, key, [1]);
        }

        await fixture.Client.DeleteObjectsAsync(new DeleteObjectsRequest
        {
            BucketName = Source,
            Objects = keys.Select(k => new KeyVersion { Key = k }).ToList(),
        });

        var records = await fixture.Events.WaitForAsync(
            r => S3EventRecord.EventName(r) == "ObjectRemoved:Delete" && S3EventRecord.Key(r).StartsWith(prefix, StringComparison.Ordinal), count: 3);
        Assert.Equal(keys.Order(StringComparer.Ordinal), records.Select(S3EventRecord.Key).Order(StringComparer.Ordinal));
    }

    [RequiresFact("node")]
    public async Task DeleteObject_ExistingKey_ObjectRemovedDeleteEvent()
    {
        var key = S3HostFixture.NewPrefix(nameof(DeleteObject_ExistingKey_ObjectRemovedDeleteEvent)) + "x y.jpg";
        await TestBytes.PutAsync(fixture.Client, Source, key, [1]);

        await fixture.Client.DeleteObjectAsync(Source, key);

        Assert.Single(await fixture.Events.WaitForAsync(S3EventRecord.For(Source, key, "ObjectRemoved:Delete")));
    }

    [RequiresFact("node")]
    public async Task PutObject_NonNotifyBucket_NoEvent()
    {
        var prefix = S3HostFixture.NewPrefix(nameof(PutObject_NonNotifyBucket_NoEvent));
        await TestBytes.PutAsync(fixture.Client, S3HostFixture.ThumbnailBucket, prefix + "thumb.jpg", [1]);
        await fixture.Client.DeleteObjectAsync(S3HostFixture.ThumbnailBucket, prefix + "thumb.jpg");

        // Events leave the host in order: once the marker's event is here, the earlier ones would be too.
        await TestBytes.PutAsync(fixture.Client, Source, prefix + "marker.jpg", [1]);
        await fixture.Events.WaitForAsync(S3EventRecord.For(Source, prefix + "marker.jpg", "ObjectCreated:Put"));

        Assert.Empty(fixture.Events.Matching(r => S3EventRecord.Bucket(r) == S3HostFixture.ThumbnailBucket));
    }
}
