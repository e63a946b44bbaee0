using ThumbnailService.Local.Commands.Up;

namespace ThumbnailService.Local.Tests.Commands.Up;

public sealed class LiveGalleryTests
{
    [Theory]
    [InlineData("""{"Records":[{"s3":{"object":{"key":"a.jpg","size":30254}}}]}""", 30254)]
    [InlineData("""{"Records":[{"s3":{"object":{"key":"a.jpg"}}}]}""", 0)]
    [InlineData("""{"Records":[]}""", 0)]
    [InlineData("not json", 0)]
    public void BytesIn_EventJson_ObjectSizeOrZero(string json, long expected)
    {
        Assert.Equal(expected, LiveGallery.BytesIn(json));
    }
}
