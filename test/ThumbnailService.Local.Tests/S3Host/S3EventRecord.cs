using System.Net;
using System.Text.Json;

namespace ThumbnailService.Local.Tests.S3Host;

/// <summary>Reads the fields of one S3 event record the way a consumer would.</summary>
internal static class S3EventRecord
{
    public static string EventName(JsonElement record) => record.GetProperty("eventName").GetString()!;

    public static string Bucket(JsonElement record) => S3(record).GetProperty("bucket").GetProperty("name").GetString()!;

    public static string RawKey(JsonElement record) => Object(record).GetProperty("key").GetString()!;

    public static string Key(JsonElement record) => WebUtility.UrlDecode(RawKey(record));

    public static JsonElement Object(JsonElement record) => S3(record).GetProperty("object");

    public static Func<JsonElement, bool> For(string bucket, string key, string eventName) =>
        record => Bucket(record) == bucket && Key(record) == key && EventName(record) == eventName;

    private static JsonElement S3(JsonElement record) => record.GetProperty("s3");
}
