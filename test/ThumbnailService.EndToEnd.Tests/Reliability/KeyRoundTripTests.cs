using System.Text;
using ThumbnailService.EndToEnd.Tests.Infrastructure;

namespace ThumbnailService.EndToEnd.Tests.Reliability;

/// <summary>Source keys reach the thumbnail bucket unchanged: every thumbnail is at exactly <c>{preset}/{key}</c>.</summary>
public sealed class KeyRoundTripTests(HostileInputFixture fixture) : IClassFixture<HostileInputFixture>
{
    public static TheoryData<string> SpecialCharacters => [.. " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".Select(c => c.ToString())];

    [RequiresTheory("node", "make")]
    [MemberData(nameof(SpecialCharacters))]
    public async Task Upload_KeyWithSpecialCharacter_ThumbnailsAtExactKey(string character)
    {
        await AssertRoundTripAsync($"keys/one/a{character}b{character}.jpg");
    }

    [RequiresFact("node", "make")]
    public async Task Upload_KeyWithEverySpecialCharacter_ThumbnailsAtExactKey()
    {
        await AssertRoundTripAsync("keys/all/ !\"#$%&'()*+,-.:;<=>?@[\\]^_`{|}~ end.jpg");
    }

    [RequiresTheory("node", "make")]
    [InlineData("../../x")]
    [InlineData("keys/../../etc/passwd")]
    [InlineData("keys/./dot/../x.jpg")]
    public async Task Upload_KeyWithDotSegments_StaysAKey(string key)
    {
        await AssertRoundTripAsync(key);
    }

    [RequiresFact("node", "make")]
    public async Task Upload_LongestKeyWhoseThumbnailAndManifestKeysFit_ThumbnailsAtExactKey()
    {
        // The manifest key (meta/{key}.json) is the longest key a source gets: 10 bytes more than the key.
        await AssertRoundTripAsync(LongKey(1024 - "meta/".Length - ".json".Length));
    }

    [RequiresFact("node", "make")]
    public async Task Upload_KeyOf1024Bytes_RejectedKeyTooLongOnFirstAttempt()
    {
        var key = LongKey(1024);

        var routed = await fixture.UploadAndWaitAsync(key, Images.Jpeg(120, 60));

        Assert.True(routed.Result.Succeeded, routed.Result.ErrorMessage);
        Assert.Equal(1, routed.Attempts);
        Assert.Contains("\"reason\":\"KeyTooLong\"", Encoding.UTF8.GetString(routed.Result.Payload.Span), StringComparison.Ordinal);
    }

    internal static string LongKey(int utf8Bytes)
    {
        // Multi-byte characters, in path segments short enough for the local S3's file names (it stores a key as a path).
        var key = new StringBuilder("long/");
        while (Encoding.UTF8.GetByteCount(key.ToString()) < utf8Bytes - 5)
        {
            key.Append(key.Length % 100 == 99 ? "/" : "é");
        }

        key.Append(new string('x', utf8Bytes - 4 - Encoding.UTF8.GetByteCount(key.ToString()))).Append(".jpg");
        return key.ToString();
    }

    private async Task AssertRoundTripAsync(string key)
    {
        var routed = await fixture.UploadAndWaitAsync(key, Images.Jpeg(120, 60));

        Assert.True(routed.Result.Succeeded, routed.Result.ErrorMessage);
        Assert.Contains("\"outcome\":\"Created\"", Encoding.UTF8.GetString(routed.Result.Payload.Span), StringComparison.Ordinal);
        foreach (var (preset, size) in new[] { ("large", (96, 48)), ("small", (24, 24)) })
        {
            var bytes = await fixture.S3.GetBytesAsync("thumbnails", $"{preset}/{key}");
            Assert.True(bytes is not null, $"no thumbnail at {preset}/{key}");
            using var thumbnail = Images.Decode(bytes);
            Assert.Equal(size, (thumbnail.Width, thumbnail.Height));
        }
    }
}
