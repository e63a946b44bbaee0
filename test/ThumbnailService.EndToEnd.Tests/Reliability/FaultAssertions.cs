using ThumbnailService.EndToEnd.Tests.Infrastructure;

namespace ThumbnailService.EndToEnd.Tests.Reliability;

/// <summary>After a fault: both thumbnails complete (length = stored length), decodable, sized, and recording the source's current ETag.</summary>
internal static class FaultAssertions
{
    public static async Task ThumbnailsCurrentAsync(FaultFixture fixture, string key)
    {
        var source = await fixture.S3.GetObjectMetadataAsync("uploads", key);
        foreach (var (preset, size) in new[] { ("large", (96, 48)), ("small", (24, 24)) })
        {
            var head = await fixture.S3.GetObjectMetadataAsync("thumbnails", $"{preset}/{key}");
            var bytes = (await fixture.S3.GetBytesAsync("thumbnails", $"{preset}/{key}"))!;
            Assert.Equal(head.ContentLength, bytes.Length);
            using var thumbnail = Images.Decode(bytes);
            Assert.Equal(size, (thumbnail.Width, thumbnail.Height));
            Assert.Equal(source.ETag.Trim('"'), head.Metadata["x-amz-meta-source-etag"]);
        }
    }
}
