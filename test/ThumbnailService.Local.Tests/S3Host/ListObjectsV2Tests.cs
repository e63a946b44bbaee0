using Amazon.S3.Model;

namespace ThumbnailService.Local.Tests.S3Host;

[Trait("Category", "Integration")]
public sealed class ListObjectsV2Tests(S3HostFixture fixture) : IClassFixture<S3HostFixture>
{
    [RequiresFact("node")]
    public async Task ListObjectsV2_1100KeysMaxKeys1000_EveryKeyAcrossTwoPages()
    {
        var prefix = S3HostFixture.NewPrefix(nameof(ListObjectsV2_1100KeysMaxKeys1000_EveryKeyAcrossTwoPages));
        var expected = Enumerable.Range(0, 1100).Select(i => $"{prefix}{i:D4} é.txt").ToList();
        await Parallel.ForEachAsync(expected, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (key, _) =>
            await TestBytes.PutAsync(fixture.Client, S3HostFixture.ThumbnailBucket, key, [1]));

        var listed = new List<string>();
        var pages = 0;
        var request = new ListObjectsV2Request { BucketName = S3HostFixture.ThumbnailBucket, Prefix = prefix, MaxKeys = 1000 };
        ListObjectsV2Response page;
        do
        {
            page = await fixture.Client.ListObjectsV2Async(request);
            pages++;
            listed.AddRange((page.S3Objects ?? []).Select(o => o.Key));
            request.ContinuationToken = page.NextContinuationToken;
        }
        while (page.IsTruncated == true);

        Assert.Equal(2, pages);
        Assert.Equal(expected, listed);
    }
}
