using System.Net;
using ThumbnailService.Operations.Backfill;

namespace ThumbnailService.Operations.Tests.Backfill;

public sealed class BatchManifestTests
{
    [Theory]
    [InlineData("photos/cat.jpg", "photos/cat.jpg")]
    [InlineData("photos/summer holiday.jpg", "photos/summer%20holiday.jpg")]
    [InlineData("a+b=c.jpg", "a%2Bb%3Dc.jpg")]
    [InlineData("café/Ünïcødé 東京.png", "caf%C3%A9/%C3%9Cn%C3%AFc%C3%B8d%C3%A9%20%E6%9D%B1%E4%BA%AC.png")]
    [InlineData("x,y\"z%.jpg", "x%2Cy%22z%25.jpg")]
    public void EncodeKey_SpecialCharacters_PercentEncodesEachSegment(string key, string expected)
    {
        var encoded = BatchManifest.EncodeKey(key);

        Assert.Equal(expected, encoded);
        Assert.Equal(key, WebUtility.UrlDecode(encoded));
    }

    [Fact]
    public async Task WriteAsync_Keys_WritesSortedBucketKeyLinesWithoutHeader()
    {
        var path = Path.Combine(Path.GetTempPath(), $"manifest-{Guid.NewGuid():N}.csv");
        try
        {
            var lines = await BatchManifest.WriteAsync(path, "my-bucket", ["b c.jpg", "a+1.jpg"], CancellationToken.None);

            Assert.Equal(2, lines);
            Assert.Equal("my-bucket,a%2B1.jpg\nmy-bucket,b%20c.jpg\n", await File.ReadAllTextAsync(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
