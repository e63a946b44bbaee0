using System.Net;
using System.Text.Json;

namespace ThumbnailService.Local.Pipeline;

/// <summary>The fields of an S3 notification that routing needs: event name, bucket and decoded key of its first record.</summary>
internal sealed record S3EventSummary(string EventName, string Bucket, string Key)
{
    public static S3EventSummary Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var record = document.RootElement.GetProperty("Records")[0];
        var s3 = record.GetProperty("s3");
        return new S3EventSummary(
            record.GetProperty("eventName").GetString() ?? string.Empty,
            s3.GetProperty("bucket").GetProperty("name").GetString() ?? string.Empty,
            WebUtility.UrlDecode(s3.GetProperty("object").GetProperty("key").GetString() ?? string.Empty));
    }
}
